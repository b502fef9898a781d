package nl.databiobank.lims.storage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A site, room, freezer or rack of the storage tree. Freezers and racks carry a barcode. */
@Entity
@Table(name = "storage_unit")
@NamedQuery(name = StorageUnit.ALL, query = "select u from StorageUnit u order by u.kind, u.name")
@NamedQuery(name = StorageUnit.BY_BARCODE, query = "select u from StorageUnit u where u.barcode = :barcode")
public class StorageUnit extends AuditedEntity {

    public static final String ALL = "StorageUnit.all";
    public static final String BY_BARCODE = "StorageUnit.byBarcode";

    /** The temperature classes of freezers: fridge, freezers, vapour-phase and liquid nitrogen. */
    public static final java.util.List<String> TEMPERATURE_CLASSES = java.util.List.of("+4", "-20", "-80", "-150", "LN2");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "storage_unit_seq")
    @SequenceGenerator(name = "storage_unit_seq", sequenceName = "storage_unit_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private StorageKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private StorageUnit parent;

    private String name;

    private String barcode;

    @Column(name = "temperature_class")
    private String temperatureClass;

    @Version
    private long version;

    protected StorageUnit() {
    }

    public StorageUnit(StorageKind kind, StorageUnit parent, String name, String barcode, String temperatureClass) {
        if (kind.parentKind() != (parent == null ? null : parent.kind)) {
            throw new IllegalArgumentException("A " + kind + " hangs under a " + kind.parentKind());
        }
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        this.barcode = barcode;
        this.temperatureClass = temperatureClass;
    }

    /** The freezer this unit is in (itself for a freezer); null above freezers. */
    public StorageUnit freezer() {
        StorageUnit unit = this;
        while (unit != null && unit.kind != StorageKind.FREEZER) {
            unit = unit.parent;
        }
        return unit;
    }

    /** "UMCG / Lab 3 / Freezer 1 / Rack 2", for people. */
    public String path() {
        return parent == null ? name : parent.path() + " / " + name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public StorageKind getKind() {
        return kind;
    }

    public StorageUnit getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public String getBarcode() {
        return barcode;
    }

    public String getTemperatureClass() {
        return temperatureClass;
    }
}
