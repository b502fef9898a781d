package nl.databiobank.lims.questionnaire.boundary;

import java.io.Serializable;

/** One editable row of the schedule form. */
public class SchedulePointRow implements Serializable {

    private String code;
    private String label;
    private Integer offsetMonths;
    private Integer offsetDays = 0;
    private Integer windowBeforeDays;
    private Integer windowAfterDays;

    static SchedulePointRow of(NewSchedule.Point point) {
        SchedulePointRow row = new SchedulePointRow();
        row.code = point.code();
        row.label = point.label();
        row.offsetMonths = point.offsetMonths();
        row.offsetDays = point.offsetDays();
        row.windowBeforeDays = point.windowBeforeDays();
        row.windowAfterDays = point.windowAfterDays();
        return row;
    }

    NewSchedule.Point toPoint() {
        return new NewSchedule.Point(code, label, offsetMonths, offsetDays, windowBeforeDays, windowAfterDays);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getOffsetMonths() {
        return offsetMonths;
    }

    public void setOffsetMonths(Integer offsetMonths) {
        this.offsetMonths = offsetMonths;
    }

    public Integer getOffsetDays() {
        return offsetDays;
    }

    public void setOffsetDays(Integer offsetDays) {
        this.offsetDays = offsetDays;
    }

    public Integer getWindowBeforeDays() {
        return windowBeforeDays;
    }

    public void setWindowBeforeDays(Integer windowBeforeDays) {
        this.windowBeforeDays = windowBeforeDays;
    }

    public Integer getWindowAfterDays() {
        return windowAfterDays;
    }

    public void setWindowAfterDays(Integer windowAfterDays) {
        this.windowAfterDays = windowAfterDays;
    }
}
