package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireSchedule;
import nl.databiobank.lims.questionnaire.entity.ScheduleAnchor;
import org.junit.jupiter.api.Test;

class ResponseRulesTest {

    private static final LocalDate DIAGNOSIS = LocalDate.of(2026, 3, 1);
    private static final LocalDate OPENS = LocalDate.of(2026, 5, 18);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final ParticipantTimePoint m3;

    ResponseRulesTest() {
        QuestionnaireSchedule schedule = new QuestionnaireSchedule(null, "Standard", "QLQ-C30", ScheduleAnchor.DIAGNOSIS);
        m3 = new ParticipantTimePoint(null, schedule.addPoint("M3", "3 months", 3, 0, 14, 14), DIAGNOSIS);
    }

    @Test
    void aCompleteResponseInsideTheWindowOrLateIsAccepted() {
        assertEquals(List.of(), fields(OPENS, Qlqc30.complete()));
        assertEquals(List.of(), fields(TODAY, Qlqc30.complete()), "a late paper form still counts");
    }

    @Test
    void theDateMustLieFromTheOpeningOfTheWindowToToday() {
        assertEquals(List.of("completedOn"), fields(OPENS.minusDays(1), Qlqc30.complete()));
        assertEquals(List.of("completedOn"), fields(TODAY.plusDays(1), Qlqc30.complete()));
        assertEquals(List.of("completedOn"), fields(null, Qlqc30.complete()));
    }

    @Test
    void aStoppedTimePointTakesNoAnswersFromItsStopOn() {
        m3.stop(OPENS.plusDays(5), "Withdrawal");
        assertEquals(List.of(), fields(OPENS.plusDays(4), Qlqc30.complete()));
        assertEquals(List.of("completedOn"), fields(OPENS.plusDays(5), Qlqc30.complete()));
    }

    @Test
    void everyBadAnswerIsNamedAndNoAnswerAtAllIsRefused() {
        assertEquals(List.of("answers.29", "answers.31"), fields(OPENS, Qlqc30.completeExcept(29, 8, 31, 1)));
        Map<Integer, Integer> blank = new HashMap<>();
        blank.put(1, null);
        assertEquals(List.of("answers"), fields(OPENS, blank));
        assertEquals(List.of("answers"), fields(OPENS, Map.of()));
    }

    private List<String> fields(LocalDate completedOn, Map<Integer, Integer> answers) {
        return ResponseRules.problems(m3, completedOn, answers, Qlqc30.definition(), TODAY).stream()
                .map(FieldError::field).sorted().toList();
    }
}
