package nl.databiobank.lims.sample.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.InvalidInputException;

/**
 * A tube, block or slide with a barcode for ever. Its status changes only by a custody event
 * ({@link #record}); quantity is conserved: what aliquots and derivatives take, the parent loses.
 */
@Entity
@Table(name = "sample")
@NamedQuery(name = Sample.BY_BARCODE, query = "select s from Sample s where s.barcode = :barcode")
@NamedQuery(name = Sample.CHILDREN, query = "select s from Sample s where s.parent = :parent order by s.id")
@NamedQuery(name = Sample.OF_COLLECTION, query = "select s from Sample s where s.collection = :collection order by s.id")
public class Sample extends AuditedEntity {

    public static final String BY_BARCODE = "Sample.byBarcode";
    public static final String CHILDREN = "Sample.children";
    public static final String OF_COLLECTION = "Sample.ofCollection";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_seq")
    @SequenceGenerator(name = "sample_seq", sequenceName = "sample_seq", allocationSize = 50)
    private Long id;

    private String barcode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sample_type_id")
    private SampleType type;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "collection_id")
    private Collection collection;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Sample parent;

    private String container;

    @Column(name = "initial_quantity")
    private BigDecimal initialQuantity;

    @Column(name = "remaining_quantity")
    private BigDecimal remainingQuantity;

    @Enumerated(EnumType.STRING)
    private SampleStatus status;

    private boolean blocked;

    @Column(name = "freeze_thaw_count")
    private int freezeThawCount;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "centrifuged_at")
    private Instant centrifugedAt;

    @Column(name = "centrifugation_ended_at")
    private Instant centrifugationEndedAt;

    @Column(name = "pre_centrifugation_temperature")
    private String preCentrifugationTemperature;

    @Column(name = "post_centrifugation_temperature")
    private String postCentrifugationTemperature;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "tissue_collection_type")
    private String tissueCollectionType;

    @Column(name = "warm_ischaemia_minutes")
    private Integer warmIschaemiaMinutes;

    @Column(name = "cold_ischaemia_minutes")
    private Integer coldIschaemiaMinutes;

    @Column(name = "fixation_type")
    private String fixationType;

    @Column(name = "fixation_minutes")
    private Integer fixationMinutes;

    /** The SPREC elements entered by hand, as {@code 4=A;5=N}; the rest is derived. */
    @Column(name = "sprec_entered")
    private String sprecEntered;

    @Column(name = "sprec_code")
    private String sprecCode;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Sample() {
    }

    /** A primary sample, taken at a collection: expected in the lab until it is received. */
    public Sample(String barcode, SampleType type, Collection collection, String container, BigDecimal quantity,
                  Instant createdAt) {
        this.barcode = barcode;
        this.type = type;
        this.participant = collection.getParticipant();
        this.collection = collection;
        this.container = container;
        this.initialQuantity = quantity;
        this.remainingQuantity = quantity;
        this.status = SampleStatus.EXPECTED;
        this.collectedAt = collection.getCollectedAt();
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * An aliquot (same type) or derivative (another type) of this sample, taking {@code taken} of
     * what remains here. It is made in the lab, so it is available at once.
     */
    public Sample child(String childBarcode, SampleType childType, String childContainer, BigDecimal quantity,
                        BigDecimal taken, Instant at) {
        take(taken);
        Sample child = new Sample(childBarcode, childType, collection, childContainer, quantity, at);
        child.parent = this;
        child.status = SampleStatus.AVAILABLE;
        // what happened to the material before it was split happened to the child too
        child.recordPreAnalytics(preAnalytics(), sprecEntered, sprecCode);
        child.receivedAt = receivedAt == null ? child.createdAt : receivedAt;
        return child;
    }

    private void take(BigDecimal amount) {
        if (amount.compareTo(remainingQuantity) > 0) {
            throw new InvalidInputException("quantity", "sample.quantity.insufficient", barcode,
                    plain(remainingQuantity).toPlainString(), type.getUnit().symbol());
            // (reached only when a caller did not check the whole amount first)
        }
        remainingQuantity = remainingQuantity.subtract(amount);
    }

    /**
     * Records that {@code kind} happened: refused when the sample's status does not allow it, or
     * when it would use material a withdrawal blocked. Answers the event, for the caller to persist.
     */
    public SampleEvent record(CustodyEvent kind, Instant at, String by, Movement movement, BigDecimal quantity,
                              String related, String detail) {
        if (kind != CustodyEvent.COLLECTED && !kind.allowedFrom(status)) {
            throw new ConflictException("sample.event.notAllowed", barcode, kind, status);
        }
        if (blocked && kind.usesMaterial()) {
            throw new ConflictException("sample.blocked", barcode);
        }
        status = kind.statusAfter(status);
        if (kind == CustodyEvent.THAWED) {
            freezeThawCount++;
        }
        if (kind == CustodyEvent.RECEIVED && receivedAt == null) {
            receivedAt = at.truncatedTo(ChronoUnit.MICROS);
        }
        if (kind == CustodyEvent.BLOCKED) {
            blocked = true;
        }
        return new SampleEvent(this, kind, at, by, movement, quantity, related, detail);
    }

    /** A quantity the sample table holds: above 0, below a billion, at most three decimals. */
    public static boolean isValidQuantity(BigDecimal quantity) {
        return quantity != null && quantity.signum() > 0 && quantity.compareTo(BigDecimal.valueOf(1_000_000_000)) < 0
                && quantity.stripTrailingZeros().scale() <= 3;
    }

    /** A quantity as people write it: 5 rather than 5.000, 10 rather than 1E+1; null stays null. */
    public static BigDecimal plain(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** After aliquots took all of it: nothing remains, so the tube is used up. */
    public boolean isUsedUp() {
        return remainingQuantity.signum() == 0;
    }

    /** New pre-analytical facts, with the SPREC elements entered by hand and the code derived from both. */
    public void recordPreAnalytics(PreAnalytics facts, String entered, String code) {
        if (facts.receivedAt() != null) {
            receivedAt = facts.receivedAt().truncatedTo(ChronoUnit.MICROS);
        }
        centrifugedAt = micros(facts.centrifugedAt());
        centrifugationEndedAt = micros(facts.centrifugationEndedAt());
        preCentrifugationTemperature = facts.preCentrifugationTemperature();
        postCentrifugationTemperature = facts.postCentrifugationTemperature();
        frozenAt = micros(facts.frozenAt());
        tissueCollectionType = facts.tissueCollectionType();
        warmIschaemiaMinutes = facts.warmIschaemiaMinutes();
        coldIschaemiaMinutes = facts.coldIschaemiaMinutes();
        fixationType = facts.fixationType();
        fixationMinutes = facts.fixationMinutes();
        sprecEntered = entered;
        sprecCode = code;
    }

    /** A new SPREC code for the same facts, e.g. after the sample moved to a freezer of another class. */
    public void recode(String code) {
        sprecCode = code;
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    public PreAnalytics preAnalytics() {
        return new PreAnalytics(receivedAt, centrifugedAt, centrifugationEndedAt, preCentrifugationTemperature,
                postCentrifugationTemperature, frozenAt, tissueCollectionType, warmIschaemiaMinutes,
                coldIschaemiaMinutes, fixationType, fixationMinutes);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getBarcode() {
        return barcode;
    }

    public SampleType getType() {
        return type;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Collection getCollection() {
        return collection;
    }

    public Sample getParent() {
        return parent;
    }

    public String getContainer() {
        return container;
    }

    public BigDecimal getInitialQuantity() {
        return initialQuantity;
    }

    public BigDecimal getRemainingQuantity() {
        return remainingQuantity;
    }

    public SampleStatus getStatus() {
        return status;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public int getFreezeThawCount() {
        return freezeThawCount;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getSprecEntered() {
        return sprecEntered;
    }

    public String getSprecCode() {
        return sprecCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
