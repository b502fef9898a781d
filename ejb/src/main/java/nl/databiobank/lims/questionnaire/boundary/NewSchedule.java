package nl.databiobank.lims.questionnaire.boundary;

import java.util.List;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireSchedule;

/** A schedule as an administrator defines it; a blank cohort is the standard schedule. */
public record NewSchedule(String cohort, String name, String questionnaireCode, String anchor, List<Point> points) {

    /** A stored schedule as it would be defined again: for showing it, or copying it into a new one. */
    public static NewSchedule of(QuestionnaireSchedule s) {
        return new NewSchedule(s.getCohort().orElse(null), s.getName(), s.getQuestionnaireCode(), s.getAnchor().name(),
                s.getPoints().stream().map(p -> new Point(p.getCode(), p.getLabel(), p.getOffsetMonths(),
                        p.getOffsetDays(), p.getWindowBeforeDays(), p.getWindowAfterDays())).toList());
    }

    public record Point(String code, String label, Integer offsetMonths, Integer offsetDays, Integer windowBeforeDays,
                        Integer windowAfterDays) {
    }
}
