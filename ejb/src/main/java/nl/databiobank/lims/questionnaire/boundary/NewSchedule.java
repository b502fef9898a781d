package nl.databiobank.lims.questionnaire.boundary;

import java.util.List;

/** A schedule as an administrator defines it; a blank cohort is the standard schedule. */
public record NewSchedule(String cohort, String name, String questionnaireCode, String anchor, List<Point> points) {

    public record Point(String code, String label, Integer offsetMonths, Integer offsetDays, Integer windowBeforeDays,
                        Integer windowAfterDays) {
    }
}
