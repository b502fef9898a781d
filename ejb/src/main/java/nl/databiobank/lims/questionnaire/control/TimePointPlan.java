package nl.databiobank.lims.questionnaire.control;

import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireSchedule;
import nl.databiobank.lims.questionnaire.entity.SchedulePoint;

/** Which moments of a schedule a participant is asked at: those whose window has not closed when the schedule starts. */
public final class TimePointPlan {

    private TimePointPlan() {
    }

    public static List<SchedulePoint> pointsToPlan(QuestionnaireSchedule schedule, LocalDate anchor,
                                                   LocalDate startedOn) {
        return schedule.getPoints().stream().filter(p -> !p.windowEndFrom(anchor).isBefore(startedOn)).toList();
    }
}
