package nl.databiobank.lims.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.CascadeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/**
 * When a cohort's participants answer which questionnaire: time points counted from an anchor date.
 * The schedule without a cohort is the standard for every cohort that has none of its own.
 */
@Entity
@Table(name = "questionnaire_schedule")
@NamedQuery(name = QuestionnaireSchedule.ALL, query = "select s from QuestionnaireSchedule s order by s.cohort")
@NamedQuery(name = QuestionnaireSchedule.OF_COHORT,
        query = "select s from QuestionnaireSchedule s where s.cohort = :cohort")
@NamedQuery(name = QuestionnaireSchedule.STANDARD, query = "select s from QuestionnaireSchedule s where s.cohort is null")
public class QuestionnaireSchedule extends AuditedEntity {

    public static final String ALL = "QuestionnaireSchedule.all";
    public static final String OF_COHORT = "QuestionnaireSchedule.ofCohort";
    public static final String STANDARD = "QuestionnaireSchedule.standard";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_schedule_seq")
    @SequenceGenerator(name = "questionnaire_schedule_seq", sequenceName = "questionnaire_schedule_seq",
            allocationSize = 50)
    private Long id;

    private String cohort;

    private String name;

    @Column(name = "questionnaire_code")
    private String questionnaireCode;

    @Enumerated(EnumType.STRING)
    private ScheduleAnchor anchor;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.PERSIST)
    @OrderBy("offsetMonths, offsetDays")
    private List<SchedulePoint> points = new ArrayList<>();

    @Version
    private long version;

    protected QuestionnaireSchedule() {
    }

    public QuestionnaireSchedule(String cohort, String name, String questionnaireCode, ScheduleAnchor anchor) {
        this.cohort = cohort;
        this.name = name;
        this.questionnaireCode = questionnaireCode;
        this.anchor = anchor;
    }

    public SchedulePoint addPoint(String code, String label, int offsetMonths, int offsetDays, int windowBeforeDays,
                                  int windowAfterDays) {
        SchedulePoint point = new SchedulePoint(this, code, label, offsetMonths, offsetDays, windowBeforeDays,
                windowAfterDays);
        points.add(point);
        return point;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Empty for the standard schedule. */
    public Optional<String> getCohort() {
        return Optional.ofNullable(cohort);
    }

    public String getName() {
        return name;
    }

    public String getQuestionnaireCode() {
        return questionnaireCode;
    }

    public ScheduleAnchor getAnchor() {
        return anchor;
    }

    public List<SchedulePoint> getPoints() {
        return points;
    }
}
