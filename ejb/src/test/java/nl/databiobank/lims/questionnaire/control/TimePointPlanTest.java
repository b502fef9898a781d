package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireSchedule;
import nl.databiobank.lims.questionnaire.entity.ScheduleAnchor;
import nl.databiobank.lims.questionnaire.entity.SchedulePoint;
import org.junit.jupiter.api.Test;

class TimePointPlanTest {

    private final QuestionnaireSchedule schedule = new QuestionnaireSchedule(null, "Standard", "QLQ-C30",
            ScheduleAnchor.DIAGNOSIS);

    {
        schedule.addPoint("T0", "Baseline", 0, 14, 14, 42);
        schedule.addPoint("M3", "3 months", 3, 0, 14, 14);
        schedule.addPoint("M6", "6 months", 6, 0, 14, 28);
    }

    @Test
    void aScheduleStartedAtTheDiagnosisPlansEveryPoint() {
        LocalDate diagnosis = LocalDate.of(2026, 3, 1);
        assertEquals(List.of("T0", "M3", "M6"), codes(TimePointPlan.pointsToPlan(schedule, diagnosis, diagnosis)));
    }

    @Test
    void aPointWhoseWindowClosedBeforeTheStartIsNotPlannedOneClosingThatDayIs() {
        LocalDate diagnosis = LocalDate.of(2026, 3, 1);
        LocalDate m3Closes = LocalDate.of(2026, 6, 15);
        assertEquals(List.of("M3", "M6"), codes(TimePointPlan.pointsToPlan(schedule, diagnosis, m3Closes)));
        assertEquals(List.of("M6"), codes(TimePointPlan.pointsToPlan(schedule, diagnosis, m3Closes.plusDays(1))));
    }

    private static List<String> codes(List<SchedulePoint> points) {
        return points.stream().map(SchedulePoint::getCode).toList();
    }
}
