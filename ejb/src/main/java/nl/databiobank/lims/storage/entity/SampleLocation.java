package nl.databiobank.lims.storage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.sample.entity.Sample;

/**
 * Where a stored sample is: one row per stored sample, unique per sample and per box position,
 * so the database itself keeps one tube in one place (rule 2).
 */
@Entity
@Table(name = "sample_location")
@NamedQuery(name = SampleLocation.OF_SAMPLE, query = "select l from SampleLocation l join fetch l.box where l.sample = :sample")
// EclipseLink ignores the nested "join fetch s.type"; its own hint fetches the types in the same statement
@NamedQuery(name = SampleLocation.IN_BOX,
        query = "select l from SampleLocation l join fetch l.sample where l.box = :box",
        hints = @QueryHint(name = "eclipselink.join-fetch", value = "l.sample.type"))
@NamedQuery(name = SampleLocation.AT, query = "select l from SampleLocation l join fetch l.sample"
        + " where l.box = :box and l.row = :row and l.column = :column")
public class SampleLocation extends AuditedEntity {

    public static final String OF_SAMPLE = "SampleLocation.ofSample";
    public static final String IN_BOX = "SampleLocation.inBox";
    public static final String AT = "SampleLocation.at";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_location_seq")
    @SequenceGenerator(name = "sample_location_seq", sequenceName = "sample_location_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "sample_id")
    private Sample sample;

    @ManyToOne(optional = false)
    @JoinColumn(name = "box_id")
    private Box box;

    @Column(name = "row_no")
    private int row;

    @Column(name = "column_no")
    private int column;

    @Column(name = "stored_at")
    private Instant storedAt;

    @Column(name = "stored_by")
    private String storedBy;

    @Version
    private long version;

    protected SampleLocation() {
    }

    public SampleLocation(Sample sample, Box box, GridPosition position, Instant at, String by) {
        this.sample = sample;
        moveTo(box, position, at, by);
    }

    public final void moveTo(Box newBox, GridPosition position, Instant at, String by) {
        if (!newBox.getType().contains(position)) {
            throw new IllegalArgumentException(position + " is not in " + newBox.getBarcode());
        }
        this.box = newBox;
        this.row = position.row();
        this.column = position.column();
        this.storedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.storedBy = by;
    }

    public GridPosition position() {
        return new GridPosition(row, column);
    }

    public String name() {
        return box.locationName(position());
    }

    @Override
    public Long getId() {
        return id;
    }

    public Sample getSample() {
        return sample;
    }

    public Box getBox() {
        return box;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    public String getStoredBy() {
        return storedBy;
    }
}
