package nl.databiobank.lims.study.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/**
 * A decision of a medical ethics committee on a study: valid from one day until another, within a
 * scope. Never changed once recorded: an amendment is a new version that names the one it amends.
 * The scope sets are written with the approval, and the audit trail records them as part of it.
 */
@Entity
@Table(name = "ethics_approval")
@NamedQuery(name = EthicsApproval.OF_STUDY,
        query = "select a from EthicsApproval a where a.study = :study order by a.approvalVersion")
@NamedQuery(name = EthicsApproval.CURRENT_OF_STUDY,
        query = "select a from EthicsApproval a where a.study = :study order by a.approvalVersion desc")
@NamedQuery(name = EthicsApproval.CURRENT_EXPIRING, query = "select a from EthicsApproval a"
        + " where a.validUntil between :from and :until and a.study.status <> :closed"
        + " and a.approvalVersion = (select max(b.approvalVersion) from EthicsApproval b where b.study = a.study)"
        + " order by a.validUntil, a.study.code")
public class EthicsApproval extends AuditedEntity {

    public static final String OF_STUDY = "EthicsApproval.ofStudy";
    public static final String CURRENT_OF_STUDY = "EthicsApproval.currentOfStudy";
    public static final String CURRENT_EXPIRING = "EthicsApproval.currentExpiring";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ethics_approval_seq")
    @SequenceGenerator(name = "ethics_approval_seq", sequenceName = "ethics_approval_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    private String committee;

    @Column(name = "reference_number")
    private String referenceNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "approval_version")
    private int approvalVersion;

    @ManyToOne
    @JoinColumn(name = "amends_id")
    private EthicsApproval amends;

    @Column(name = "max_participants")
    private Integer maxParticipants;

    @Column(name = "max_samples")
    private Integer maxSamples;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_sample_type", joinColumns = @JoinColumn(name = "approval_id"))
    @Column(name = "sample_type_code")
    private Set<String> sampleTypes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_consent_item", joinColumns = @JoinColumn(name = "approval_id"))
    @Column(name = "item_code")
    private Set<String> consentItems = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_data_item", joinColumns = @JoinColumn(name = "approval_id"))
    @Column(name = "data_item")
    @Enumerated(EnumType.STRING)
    private Set<DataItem> dataItems = new TreeSet<>();

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected EthicsApproval() {
    }

    /** The first approval of a study ({@code amends} null), or an amendment of its current one. */
    public EthicsApproval(Study study, EthicsApproval amends, String committee, String referenceNumber,
                          LocalDate decisionDate, LocalDate validFrom, LocalDate validUntil,
                          Integer maxParticipants, Integer maxSamples, Collection<String> sampleTypes,
                          Collection<String> consentItems, Collection<DataItem> dataItems,
                          String recordedBy, Instant recordedAt) {
        if (amends != null && amends.study != study) {
            throw new IllegalArgumentException("An amendment amends an approval of its own study");
        }
        this.study = study;
        this.amends = amends;
        this.approvalVersion = amends == null ? 1 : amends.approvalVersion + 1;
        this.committee = committee;
        this.referenceNumber = referenceNumber;
        this.decisionDate = decisionDate;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.maxParticipants = maxParticipants;
        this.maxSamples = maxSamples;
        this.sampleTypes.addAll(sampleTypes);
        this.consentItems.addAll(consentItems);
        this.dataItems.addAll(dataItems);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Whether the approval holds on that day (both ends included). */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public boolean allowsSampleType(String code) {
        return sampleTypes.contains(code);
    }

    /** The data a release may carry: what was asked for and this approval allows, in the order of {@link DataItem}. */
    public Set<DataItem> releasable(Collection<DataItem> requested) {
        Set<DataItem> both = java.util.EnumSet.noneOf(DataItem.class);
        both.addAll(requested);
        both.retainAll(dataItems);
        return both;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public String getCommittee() {
        return committee;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public int getApprovalVersion() {
        return approvalVersion;
    }

    public Optional<EthicsApproval> getAmends() {
        return Optional.ofNullable(amends);
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public Integer getMaxSamples() {
        return maxSamples;
    }

    public Set<String> getSampleTypes() {
        return Collections.unmodifiableSet(new TreeSet<>(sampleTypes));
    }

    public Set<String> getConsentItems() {
        return Collections.unmodifiableSet(new TreeSet<>(consentItems));
    }

    public Set<DataItem> getDataItems() {
        return Collections.unmodifiableSet(new TreeSet<>(dataItems));
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
