package nl.databiobank.lims.study.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.sample.entity.Sample;

/**
 * A sample allocated to a request: reserved, picked, shipped, or cancelled with a reason. While
 * active it is the request's alone (a partial unique index in the database).
 */
@Entity
@Table(name = "request_sample")
@NamedQuery(name = AllocatedSample.OF_REQUEST, query = "select a from AllocatedSample a where a.request = :request"
        + " order by a.id")
@NamedQuery(name = AllocatedSample.ACTIVE_OF_SAMPLE, query = "select a from AllocatedSample a where a.sample = :sample"
        + " and a.state in (nl.databiobank.lims.study.entity.AllocationState.RESERVED,"
        + " nl.databiobank.lims.study.entity.AllocationState.PICKED)")
@NamedQuery(name = AllocatedSample.ACTIVE_OF_PARTICIPANT, query = "select a from AllocatedSample a"
        + " where a.sample.participant.id = :participant and a.state in"
        + " (nl.databiobank.lims.study.entity.AllocationState.RESERVED,"
        + " nl.databiobank.lims.study.entity.AllocationState.PICKED) order by a.id")
@NamedQuery(name = AllocatedSample.SHIPPED_OF_PARTICIPANT, query = "select a from AllocatedSample a"
        + " where a.sample.participant.id = :participant"
        + " and a.state = nl.databiobank.lims.study.entity.AllocationState.SHIPPED order by a.id")
public class AllocatedSample extends AuditedEntity {

    public static final String OF_REQUEST = "AllocatedSample.ofRequest";
    public static final String ACTIVE_OF_SAMPLE = "AllocatedSample.activeOfSample";
    public static final String ACTIVE_OF_PARTICIPANT = "AllocatedSample.activeOfParticipant";
    public static final String SHIPPED_OF_PARTICIPANT = "AllocatedSample.shippedOfParticipant";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_sample_seq")
    @SequenceGenerator(name = "request_sample_seq", sequenceName = "request_sample_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private MaterialRequest request;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sample_id")
    private Sample sample;

    @Enumerated(EnumType.STRING)
    private AllocationState state;

    @Column(name = "allocated_by")
    private String allocatedBy;

    @Column(name = "allocated_at")
    private Instant allocatedAt;

    @Column(name = "picked_by")
    private String pickedBy;

    @Column(name = "picked_at")
    private Instant pickedAt;

    @ManyToOne
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    private UsageOutcome usage;

    @Column(name = "usage_note")
    private String usageNote;

    @Column(name = "usage_reported_by")
    private String usageReportedBy;

    @Column(name = "usage_reported_at")
    private Instant usageReportedAt;

    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Version
    private long version;

    protected AllocatedSample() {
    }

    public AllocatedSample(MaterialRequest request, Sample sample, String by, Instant at) {
        this.request = request;
        this.sample = sample;
        this.state = AllocationState.RESERVED;
        this.allocatedBy = by;
        this.allocatedAt = at;
    }

    public void pick(String by, Instant at) {
        require(AllocationState.RESERVED, "allocation.notReserved");
        state = AllocationState.PICKED;
        pickedBy = by;
        pickedAt = at;
    }

    public void ship(Shipment into) {
        require(AllocationState.PICKED, "allocation.notPicked");
        state = AllocationState.SHIPPED;
        shipment = into;
    }

    /** Takes the sample off the request; the sample itself is released by the caller's custody event. */
    public void cancel(String reason, String by, Instant at) {
        if (!state.isActive()) {
            throw new ConflictException("allocation.notActive", sample.getBarcode(), state);
        }
        state = AllocationState.CANCELLED;
        cancelReason = reason;
        cancelledBy = by;
        cancelledAt = at;
    }

    /** The researcher's report; a later report replaces an earlier one (the audit trail keeps both). */
    public void reportUsage(UsageOutcome outcome, String note, String by, Instant at) {
        require(AllocationState.SHIPPED, "allocation.notShipped");
        if (returnedAt != null) {
            throw new ConflictException("allocation.alreadyReturned", sample.getBarcode());
        }
        usage = outcome;
        usageNote = note;
        usageReportedBy = by;
        usageReportedAt = at;
    }

    /** The returned tube is back in the biobank's hands. */
    public void checkIn(String by, Instant at) {
        if (usage != UsageOutcome.RETURNED) {
            throw new ConflictException("allocation.returnNotReported", sample.getBarcode());
        }
        if (returnedAt != null) {
            throw new ConflictException("allocation.alreadyReturned", sample.getBarcode());
        }
        returnedBy = by;
        returnedAt = at;
    }

    private void require(AllocationState expected, String key) {
        if (state != expected) {
            throw new ConflictException(key, sample.getBarcode(), state);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public MaterialRequest getRequest() {
        return request;
    }

    public Sample getSample() {
        return sample;
    }

    public AllocationState getState() {
        return state;
    }

    public String getAllocatedBy() {
        return allocatedBy;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }

    public String getPickedBy() {
        return pickedBy;
    }

    public Instant getPickedAt() {
        return pickedAt;
    }

    public Shipment getShipment() {
        return shipment;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public UsageOutcome getUsage() {
        return usage;
    }

    public String getUsageNote() {
        return usageNote;
    }

    public Instant getUsageReportedAt() {
        return usageReportedAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }
}
