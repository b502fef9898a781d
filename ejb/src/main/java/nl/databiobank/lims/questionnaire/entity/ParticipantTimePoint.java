package nl.databiobank.lims.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.participant.entity.Participant;

/**
 * A time point of one participant, planned when their schedule started: its dates are fixed then,
 * so a later change of the schedule does not move what a participant was already asked.
 */
@Entity
@Table(name = "participant_time_point")
@NamedQuery(name = ParticipantTimePoint.OF_PARTICIPANT, query = "select t from ParticipantTimePoint t"
        + " left join fetch t.response where t.participant = :participant order by t.targetDate")
@NamedQuery(name = ParticipantTimePoint.OPEN_BETWEEN, query = "select t from ParticipantTimePoint t"
        + " join fetch t.participant p join fetch p.hospital left join t.response r"
        + " where r.id is null and t.stoppedOn is null and t.windowStart <= :until and t.windowEnd >= :today"
        + " order by t.targetDate, p.pseudonym")
public class ParticipantTimePoint extends AuditedEntity {

    public static final String OF_PARTICIPANT = "ParticipantTimePoint.ofParticipant";
    public static final String OPEN_BETWEEN = "ParticipantTimePoint.openBetween";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_time_point_seq")
    @SequenceGenerator(name = "participant_time_point_seq", sequenceName = "participant_time_point_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "schedule_point_id")
    private SchedulePoint schedulePoint;

    @Column(name = "questionnaire_code")
    private String questionnaireCode;

    @Column(name = "point_code")
    private String pointCode;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "window_start")
    private LocalDate windowStart;

    @Column(name = "window_end")
    private LocalDate windowEnd;

    @Column(name = "stopped_on")
    private LocalDate stoppedOn;

    @Column(name = "stop_reason")
    private String stopReason;

    @OneToOne(mappedBy = "timePoint")
    private QuestionnaireResponse response;

    @Version
    private long version;

    protected ParticipantTimePoint() {
    }

    public ParticipantTimePoint(Participant participant, SchedulePoint point, LocalDate anchor) {
        this.participant = participant;
        this.schedulePoint = point;
        this.questionnaireCode = point.getSchedule().getQuestionnaireCode();
        this.pointCode = point.getCode();
        this.targetDate = point.targetFrom(anchor);
        this.windowStart = point.windowStartFrom(anchor);
        this.windowEnd = point.windowEndFrom(anchor);
    }

    public TimePointStatus statusOn(LocalDate day) {
        if (response != null) {
            return TimePointStatus.COMPLETED;
        }
        if (stoppedOn != null) {
            return TimePointStatus.STOPPED;
        }
        if (day.isBefore(windowStart)) {
            return TimePointStatus.PLANNED;
        }
        if (!day.isAfter(targetDate)) {
            return TimePointStatus.DUE;
        }
        return day.isAfter(windowEnd) ? TimePointStatus.MISSED : TimePointStatus.OVERDUE;
    }

    /** Whether the window is still open or yet to come on {@code day}, so that stopping it means something. */
    public boolean isAheadOn(LocalDate day) {
        return response == null && stoppedOn == null && !day.isAfter(windowEnd);
    }

    public void stop(LocalDate on, String reason) {
        stoppedOn = on;
        stopReason = reason;
    }

    /** Moves the dates to a new anchor; only while nothing has been answered or stopped. */
    public void reanchor(LocalDate anchor) {
        if (response != null || stoppedOn != null) {
            throw new IllegalStateException("time point " + pointCode + " is answered or stopped");
        }
        targetDate = schedulePoint.targetFrom(anchor);
        windowStart = schedulePoint.windowStartFrom(anchor);
        windowEnd = schedulePoint.windowEndFrom(anchor);
    }

    void answeredBy(QuestionnaireResponse response) {
        this.response = response;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public SchedulePoint getSchedulePoint() {
        return schedulePoint;
    }

    public String getQuestionnaireCode() {
        return questionnaireCode;
    }

    public String getPointCode() {
        return pointCode;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public Optional<LocalDate> getStoppedOn() {
        return Optional.ofNullable(stoppedOn);
    }

    public Optional<String> getStopReason() {
        return Optional.ofNullable(stopReason);
    }

    public Optional<QuestionnaireResponse> getResponse() {
        return Optional.ofNullable(response);
    }
}
