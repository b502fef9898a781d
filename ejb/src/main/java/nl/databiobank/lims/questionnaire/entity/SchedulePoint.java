package nl.databiobank.lims.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** A moment of a schedule: months and days after the anchor, with a window in which an answer counts for it. */
@Entity
@Table(name = "schedule_point")
public class SchedulePoint extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schedule_point_seq")
    @SequenceGenerator(name = "schedule_point_seq", sequenceName = "schedule_point_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "schedule_id")
    private QuestionnaireSchedule schedule;

    private String code;

    private String label;

    @Column(name = "offset_months")
    private int offsetMonths;

    @Column(name = "offset_days")
    private int offsetDays;

    @Column(name = "window_before_days")
    private int windowBeforeDays;

    @Column(name = "window_after_days")
    private int windowAfterDays;

    protected SchedulePoint() {
    }

    SchedulePoint(QuestionnaireSchedule schedule, String code, String label, int offsetMonths, int offsetDays,
                  int windowBeforeDays, int windowAfterDays) {
        this.schedule = schedule;
        this.code = code;
        this.label = label;
        this.offsetMonths = offsetMonths;
        this.offsetDays = offsetDays;
        this.windowBeforeDays = windowBeforeDays;
        this.windowAfterDays = windowAfterDays;
    }

    /** The day this moment falls on for an anchor date: months first (31 January + 1 month is 28 or 29 February). */
    public LocalDate targetFrom(LocalDate anchor) {
        return anchor.plusMonths(offsetMonths).plusDays(offsetDays);
    }

    public LocalDate windowStartFrom(LocalDate anchor) {
        return targetFrom(anchor).minusDays(windowBeforeDays);
    }

    public LocalDate windowEndFrom(LocalDate anchor) {
        return targetFrom(anchor).plusDays(windowAfterDays);
    }

    @Override
    public Long getId() {
        return id;
    }

    public QuestionnaireSchedule getSchedule() {
        return schedule;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getOffsetMonths() {
        return offsetMonths;
    }

    public int getOffsetDays() {
        return offsetDays;
    }

    public int getWindowBeforeDays() {
        return windowBeforeDays;
    }

    public int getWindowAfterDays() {
        return windowAfterDays;
    }
}
