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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.platform.boundary.ConflictException;

/**
 * A researcher's request for material under a study. Its status moves only along
 * {@link RequestStatus#next()}, and every move leaves a {@link RequestStep} with who and when.
 */
@Entity
@Table(name = "material_request")
@NamedQuery(name = MaterialRequest.ALL, query = "select r from MaterialRequest r order by r.id desc")
@NamedQuery(name = MaterialRequest.OF_RESEARCHER, query = "select r from MaterialRequest r where r.study.principalInvestigator"
        + " = :username or r.requestedBy = :username or exists (select m from StudyMember m where m.study = r.study"
        + " and m.username = :username) order by r.id desc")
@NamedQuery(name = MaterialRequest.IN_STATUS, query = "select r from MaterialRequest r where r.status in :statuses"
        + " order by r.id")
@NamedQuery(name = MaterialRequest.OF_STUDY, query = "select r from MaterialRequest r where r.study = :study order by r.id")
public class MaterialRequest extends AuditedEntity {

    public static final String ALL = "MaterialRequest.all";
    public static final String OF_RESEARCHER = "MaterialRequest.ofResearcher";
    public static final String IN_STATUS = "MaterialRequest.inStatus";
    public static final String OF_STUDY = "MaterialRequest.ofStudy";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_request_seq")
    @SequenceGenerator(name = "material_request_seq", sequenceName = "material_request_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    private String title;

    private String purpose;

    @Column(name = "sample_type_code")
    private String sampleTypeCode;

    @Column(name = "min_quantity")
    private BigDecimal minQuantity;

    @Column(name = "participants_wanted")
    private int participantsWanted;

    @Column(name = "aliquots_per_participant")
    private int aliquotsPerParticipant;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_time_point", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "time_point")
    private Set<String> timePoints = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_diagnosis", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "diagnosis_code")
    private Set<String> diagnoses = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_data_item", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "data_item")
    @Enumerated(EnumType.STRING)
    private Set<DataItem> dataItems = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @ManyToOne
    @JoinColumn(name = "approval_id")
    private EthicsApproval approval;

    private String coordinator;

    @Version
    private long version;

    protected MaterialRequest() {
    }

    public MaterialRequest(Study study, RequestCriteria criteria, String title, String purpose,
                           Collection<DataItem> dataItems, String requestedBy, Instant createdAt) {
        this.study = study;
        this.title = title;
        this.purpose = purpose;
        this.sampleTypeCode = criteria.sampleType();
        this.minQuantity = criteria.minQuantity();
        this.participantsWanted = criteria.participants();
        this.aliquotsPerParticipant = criteria.aliquotsPerParticipant();
        this.timePoints.addAll(criteria.timePoints());
        this.diagnoses.addAll(criteria.diagnoses());
        this.dataItems.addAll(dataItems);
        this.status = RequestStatus.DRAFT;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
    }

    /** Moves the request on, or refuses with a 409 naming both statuses; the step records who did it and why. */
    public RequestStep moveTo(RequestStatus to, String by, Instant at, String note) {
        if (!status.next().contains(to)) {
            throw new ConflictException("request.status.transition", id, status, to);
        }
        status = to;
        return new RequestStep(this, to, at, by, note);
    }

    /** The officer's decision, under the study's approval of that moment (null for a rejection without one). */
    public RequestStep decide(boolean approved, EthicsApproval under, String note, String by, Instant at) {
        RequestStep step = moveTo(approved ? RequestStatus.APPROVED : RequestStatus.REJECTED, by, at, note);
        this.approval = under;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
        return step;
    }

    /**
     * After samples were allocated, picked or taken off: approved when none is held any more, picked
     * when every one held is picked, allocated otherwise. Empty when the status stays.
     */
    public java.util.Optional<RequestStep> settle(java.util.List<AllocationState> held, String by, Instant at,
                                                  String note) {
        if (!status.takesAllocation()) {
            return java.util.Optional.empty();
        }
        RequestStatus now = held.isEmpty() ? RequestStatus.APPROVED
                : held.stream().allMatch(s -> s == AllocationState.PICKED) ? RequestStatus.PICKED
                : RequestStatus.ALLOCATED;
        return now == status ? java.util.Optional.empty() : java.util.Optional.of(moveTo(now, by, at, note));
    }

    /** Whoever last allocated samples is the one told about what happens to them. */
    public void coordinatedBy(String username) {
        this.coordinator = username;
    }

    public RequestCriteria criteria() {
        return new RequestCriteria(sampleTypeCode, minQuantity, participantsWanted, aliquotsPerParticipant,
                getTimePoints(), getDiagnoses());
    }

    public boolean isDraft() {
        return status == RequestStatus.DRAFT;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSampleTypeCode() {
        return sampleTypeCode;
    }

    public BigDecimal getMinQuantity() {
        return minQuantity;
    }

    public int getParticipantsWanted() {
        return participantsWanted;
    }

    public int getAliquotsPerParticipant() {
        return aliquotsPerParticipant;
    }

    public Set<String> getTimePoints() {
        return Collections.unmodifiableSet(new TreeSet<>(timePoints));
    }

    public Set<String> getDiagnoses() {
        return Collections.unmodifiableSet(new TreeSet<>(diagnoses));
    }

    public Set<DataItem> getDataItems() {
        return Collections.unmodifiableSet(new TreeSet<>(dataItems));
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public EthicsApproval getApproval() {
        return approval;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public long getVersion() {
        return version;
    }
}
