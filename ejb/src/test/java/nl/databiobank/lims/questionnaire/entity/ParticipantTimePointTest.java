package nl.databiobank.lims.questionnaire.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipantTimePointTest {

    private static final LocalDate DIAGNOSIS = LocalDate.of(2026, 1, 31);
    private final QuestionnaireSchedule schedule = new QuestionnaireSchedule(null, "Standard", "QLQ-C30",
            ScheduleAnchor.DIAGNOSIS);
    private final SchedulePoint threeMonths = schedule.addPoint("M3", "3 months", 3, 0, 14, 14);

    @Test
    void monthsCountFirstSoTheEndOfAMonthStaysInItsMonth() {
        assertEquals(LocalDate.of(2026, 4, 30), threeMonths.targetFrom(DIAGNOSIS));
        SchedulePoint oneMonthAndADay = schedule.addPoint("M1", "1 month", 1, 1, 0, 0);
        assertEquals(LocalDate.of(2026, 3, 1), oneMonthAndADay.targetFrom(DIAGNOSIS), "28 February + 1 day");
    }

    @Test
    void theStatusFollowsTheWindowToTheDay() {
        ParticipantTimePoint point = new ParticipantTimePoint(null, threeMonths, DIAGNOSIS);
        LocalDate target = LocalDate.of(2026, 4, 30);
        assertEquals(target.minusDays(14), point.getWindowStart());
        assertEquals(target.plusDays(14), point.getWindowEnd());

        assertEquals(TimePointStatus.PLANNED, point.statusOn(target.minusDays(15)));
        assertEquals(TimePointStatus.DUE, point.statusOn(target.minusDays(14)));
        assertEquals(TimePointStatus.DUE, point.statusOn(target));
        assertEquals(TimePointStatus.OVERDUE, point.statusOn(target.plusDays(1)));
        assertEquals(TimePointStatus.OVERDUE, point.statusOn(target.plusDays(14)));
        assertEquals(TimePointStatus.MISSED, point.statusOn(target.plusDays(15)));
    }

    @Test
    void answeredIsCompletedAndStoppedIsStoppedWhateverTheDay() {
        ParticipantTimePoint answered = new ParticipantTimePoint(null, threeMonths, DIAGNOSIS);
        new QuestionnaireResponse(answered, null, LocalDate.of(2026, 4, 20), Map.of(1, 2), Map.of(), "nurse",
                Instant.now());
        assertEquals(TimePointStatus.COMPLETED, answered.statusOn(LocalDate.of(2030, 1, 1)));
        assertFalse(answered.isAheadOn(LocalDate.of(2026, 4, 1)));

        ParticipantTimePoint stopped = new ParticipantTimePoint(null, threeMonths, DIAGNOSIS);
        assertTrue(stopped.isAheadOn(stopped.getWindowEnd()));
        assertFalse(stopped.isAheadOn(stopped.getWindowEnd().plusDays(1)), "a closed window is missed, not stopped");
        stopped.stop(LocalDate.of(2026, 4, 1), "Withdrawal");
        assertEquals(TimePointStatus.STOPPED, stopped.statusOn(LocalDate.of(2026, 4, 30)));
        assertThrows(IllegalStateException.class, () -> stopped.reanchor(DIAGNOSIS.plusDays(7)));
    }

    @Test
    void reanchoringMovesTheWholeWindow() {
        ParticipantTimePoint point = new ParticipantTimePoint(null, threeMonths, DIAGNOSIS);
        point.reanchor(LocalDate.of(2026, 2, 10));
        assertEquals(LocalDate.of(2026, 5, 10), point.getTargetDate());
        assertEquals(LocalDate.of(2026, 4, 26), point.getWindowStart());
        assertEquals(LocalDate.of(2026, 5, 24), point.getWindowEnd());
    }

    @Test
    void answersGoToTheDatabaseAsAJsonObjectSortedByItem() {
        AnswersConverter converter = new AnswersConverter();
        java.util.SortedMap<Integer, Integer> answers = new java.util.TreeMap<>(Map.of(30, 6, 2, 1, 10, 4));
        String column = converter.convertToDatabaseColumn(answers);
        assertEquals("{\"2\":1,\"10\":4,\"30\":6}", column);
        assertEquals(answers, converter.convertToEntityAttribute(column));
    }
}
