package nl.databiobank.lims.sample.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One link of a sample's chain of custody: what happened, when, who did it, from where to where.
 * Append-only in the database; it is a trail of its own, so it is not copied into the audit trail
 * (the sample's resulting changes of status and quantity are).
 */
@Entity
@Table(name = "sample_event")
@NamedQuery(name = SampleEvent.OF_SAMPLE,
        query = "select e from SampleEvent e where e.sample = :sample order by e.occurredAt, e.id")
public class SampleEvent {

    public static final String OF_SAMPLE = "SampleEvent.ofSample";
    /** The length of the detail column. */
    public static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_event_seq")
    @SequenceGenerator(name = "sample_event_seq", sequenceName = "sample_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sample_id")
    private Sample sample;

    @Enumerated(EnumType.STRING)
    private CustodyEvent kind;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "from_location")
    private String fromLocation;

    @Column(name = "to_location")
    private String toLocation;

    private BigDecimal quantity;

    /** The other sample involved: the parent of an aliquot, or the aliquot taken from this one. */
    private String related;

    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    private SampleStatus statusAfter;

    protected SampleEvent() {
    }

    SampleEvent(Sample sample, CustodyEvent kind, Instant occurredAt, String recordedBy, Movement movement,
                BigDecimal quantity, String related, String detail) {
        this.sample = sample;
        this.kind = kind;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.recordedBy = recordedBy;
        this.fromLocation = movement.from();
        this.toLocation = movement.to();
        this.quantity = quantity;
        this.related = related;
        this.detail = detail;
        this.statusAfter = sample.getStatus();
    }

    public Long getId() {
        return id;
    }

    public Sample getSample() {
        return sample;
    }

    public CustodyEvent getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getFromLocation() {
        return fromLocation;
    }

    public String getToLocation() {
        return toLocation;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getRelated() {
        return related;
    }

    public String getDetail() {
        return detail;
    }

    public SampleStatus getStatusAfter() {
        return statusAfter;
    }
}
