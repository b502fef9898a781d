package nl.databiobank.lims.participant.entity;

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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/**
 * A person in the biobank, as research sees them: a pseudonym and research data, never the
 * identity (that is {@link ParticipantIdentity}, encrypted, in a table of its own).
 */
@Entity
@Table(name = "participant")
@NamedQuery(name = Participant.BY_PSEUDONYM, query = "select p from Participant p where p.pseudonym = :pseudonym")
public class Participant extends AuditedEntity {

    public static final String BY_PSEUDONYM = "Participant.byPseudonym";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    private Long id;

    private String pseudonym;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hospital_id")
    private Hospital hospital;

    @Column(name = "diagnosis_code")
    private String diagnosisCode;

    @Column(name = "diagnosis_text")
    private String diagnosisText;

    @Column(name = "diagnosis_date")
    private LocalDate diagnosisDate;

    @Column(name = "treating_physician")
    private String treatingPhysician;

    private String cohort;

    @Column(name = "treatment_start")
    private LocalDate treatmentStart;

    @Enumerated(EnumType.STRING)
    private ParticipantStatus status = ParticipantStatus.ACTIVE;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Version
    private long version;

    protected Participant() {
    }

    public Participant(String pseudonym, Sex sex, Hospital hospital, Diagnosis diagnosis, String treatingPhysician,
                       String cohort, LocalDate enrolledOn, Instant enrolledAt) {
        this.pseudonym = pseudonym;
        this.sex = sex;
        this.hospital = hospital;
        this.diagnosisCode = diagnosis.code();
        this.diagnosisText = diagnosis.text();
        this.diagnosisDate = diagnosis.date();
        this.treatingPhysician = treatingPhysician;
        this.cohort = cohort;
        this.statusDate = enrolledOn;
        this.enrolledAt = enrolledAt.truncatedTo(ChronoUnit.MICROS); // as stored
    }

    /**
     * A change of status reported by the nurse: deceased, lost to follow-up, or back in view. A
     * withdrawal is not set here but recorded as such; nothing comes after deceased or withdrawn.
     */
    public boolean canChangeTo(ParticipantStatus next) {
        return switch (status) {
            case ACTIVE -> next == ParticipantStatus.DECEASED || next == ParticipantStatus.LOST_TO_FOLLOW_UP;
            case LOST_TO_FOLLOW_UP -> next == ParticipantStatus.ACTIVE || next == ParticipantStatus.DECEASED;
            case WITHDRAWN, DECEASED -> false;
        };
    }

    public void changeStatus(ParticipantStatus next, LocalDate on) {
        if (!canChangeTo(next)) {
            throw new IllegalStateException(status + " cannot become " + next);
        }
        status = next;
        statusDate = on;
    }

    /** A full withdrawal ends the participation; a partial one leaves the status alone. */
    public void withdraw(LocalDate on) {
        status = ParticipantStatus.WITHDRAWN;
        statusDate = on;
    }

    /** The day treatment started, from which some questionnaire schedules count; not before the diagnosis. */
    public void recordTreatmentStart(LocalDate on) {
        if (on.isBefore(diagnosisDate)) {
            throw new IllegalArgumentException("treatment cannot start before the diagnosis");
        }
        treatmentStart = on;
    }

    public boolean isWithdrawn() {
        return status == ParticipantStatus.WITHDRAWN;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public Sex getSex() {
        return sex;
    }

    public Hospital getHospital() {
        return hospital;
    }

    public Diagnosis getDiagnosis() {
        return new Diagnosis(diagnosisCode, diagnosisText, diagnosisDate);
    }

    public String getTreatingPhysician() {
        return treatingPhysician;
    }

    public String getCohort() {
        return cohort;
    }

    /** Empty until the nurse records it. */
    public java.util.Optional<LocalDate> getTreatmentStart() {
        return java.util.Optional.ofNullable(treatmentStart);
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public long getVersion() {
        return version;
    }
}
