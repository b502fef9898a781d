package nl.databiobank.lims.questionnaire.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.audit.entity.NotAudited;

/**
 * A completed questionnaire of one time point: the answers (an unanswered item is left out), the
 * version of the questionnaire they answer, who entered them, and the scores computed on saving.
 * Answers are corrected, never deleted; the audit trail keeps the earlier ones.
 */
@Entity
@Table(name = "questionnaire_response")
public class QuestionnaireResponse extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_response_seq")
    @SequenceGenerator(name = "questionnaire_response_seq", sequenceName = "questionnaire_response_seq",
            allocationSize = 50)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "time_point_id")
    private ParticipantTimePoint timePoint;

    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Convert(converter = AnswersConverter.class)
    private SortedMap<Integer, Integer> answers;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_at")
    private Instant enteredAt;

    @Column(name = "corrected_by")
    private String correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    // derived from the answers, which are audited; a missing score has no row
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "questionnaire_score", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "scale_code")
    @Column(name = "score")
    private Map<String, BigDecimal> scores = new HashMap<>();

    @Version
    private long version;

    protected QuestionnaireResponse() {
    }

    public QuestionnaireResponse(ParticipantTimePoint timePoint, Questionnaire questionnaire, LocalDate completedOn,
                                 Map<Integer, Integer> answers, Map<String, BigDecimal> scores, String enteredBy,
                                 Instant enteredAt) {
        this.timePoint = timePoint;
        this.questionnaire = questionnaire;
        this.completedOn = completedOn;
        this.answers = new TreeMap<>(answers);
        this.scores.putAll(scores);
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt.truncatedTo(ChronoUnit.MICROS);
        timePoint.answeredBy(this);
    }

    /** New answers (and their scores) replace the earlier ones, which the audit trail keeps. */
    public void correct(LocalDate completedOn, Map<Integer, Integer> answers, Map<String, BigDecimal> scores,
                        String correctedBy, Instant correctedAt) {
        this.completedOn = completedOn;
        this.answers = new TreeMap<>(answers);
        this.scores.clear();
        this.scores.putAll(scores);
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public Long getId() {
        return id;
    }

    public ParticipantTimePoint getTimePoint() {
        return timePoint;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public SortedMap<Integer, Integer> getAnswers() {
        return Collections.unmodifiableSortedMap(answers);
    }

    /** Present scores by scale code; a scale missing here could not be scored. */
    public Map<String, BigDecimal> getScores() {
        return Collections.unmodifiableMap(scores);
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Optional<String> getCorrectedBy() {
        return Optional.ofNullable(correctedBy);
    }

    public Optional<Instant> getCorrectedAt() {
        return Optional.ofNullable(correctedAt);
    }
}
