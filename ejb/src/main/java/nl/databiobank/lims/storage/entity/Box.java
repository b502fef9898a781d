package nl.databiobank.lims.storage.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** A box (or SBS rack of tubes) with a barcode, of a box type, standing in a rack of a freezer. */
@Entity
@Table(name = "box")
@NamedQuery(name = Box.BY_BARCODE, query = "select b from Box b join fetch b.type where b.barcode = :barcode")
public class Box extends AuditedEntity {

    public static final String BY_BARCODE = "Box.byBarcode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "box_seq")
    @SequenceGenerator(name = "box_seq", sequenceName = "box_seq", allocationSize = 50)
    private Long id;

    private String barcode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "box_type_id")
    private BoxType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rack_id")
    private StorageUnit rack;

    private String name;

    @Version
    private long version;

    protected Box() {
    }

    public Box(String barcode, BoxType type, StorageUnit rack, String name) {
        if (rack != null && rack.getKind() != StorageKind.RACK) {
            throw new IllegalArgumentException("A box stands in a rack, not in a " + rack.getKind());
        }
        this.barcode = barcode;
        this.type = type;
        this.rack = rack;
        this.name = name;
    }

    public void placeIn(StorageUnit newRack) {
        if (newRack.getKind() != StorageKind.RACK) {
            throw new IllegalArgumentException("A box stands in a rack, not in a " + newRack.getKind());
        }
        this.rack = newRack;
    }

    /** "B0000012X A1": how custody events name a place in this box. */
    public String locationName(GridPosition position) {
        return barcode + " " + position.name();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getBarcode() {
        return barcode;
    }

    public BoxType getType() {
        return type;
    }

    public StorageUnit getRack() {
        return rack;
    }

    public String getName() {
        return name;
    }
}
