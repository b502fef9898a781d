package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.databiobank.lims.platform.boundary.ImportRowError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.control.SheetRow;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireResponse;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireSchedule;
import nl.databiobank.lims.questionnaire.entity.ScheduleAnchor;
import nl.databiobank.lims.questionnaire.entity.SchedulePoint;
import org.junit.jupiter.api.Test;

class ResponseImportCheckTest {

    private static final LocalDate DIAGNOSIS = LocalDate.of(2026, 3, 1);
    private static final LocalDate M3_OPENS = LocalDate.of(2026, 5, 18);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Map<String, ParticipantTimePoint> timePoints = new HashMap<>();
    private final ResponseImportCheck check;

    ResponseImportCheckTest() {
        QuestionnaireSchedule schedule = new QuestionnaireSchedule(null, "Standard", "QLQ-C30", ScheduleAnchor.DIAGNOSIS);
        SchedulePoint t0 = schedule.addPoint("T0", "Baseline", 0, 14, 14, 42);
        SchedulePoint m3 = schedule.addPoint("M3", "3 months", 3, 0, 14, 14);
        for (String pseudonym : List.of("P1", "P2")) {
            timePoints.put(pseudonym + "/T0", new ParticipantTimePoint(null, t0, DIAGNOSIS));
            timePoints.put(pseudonym + "/M3", new ParticipantTimePoint(null, m3, DIAGNOSIS));
        }
        new QuestionnaireResponse(timePoints.get("P2/T0"), null, DIAGNOSIS.plusDays(3), Map.of(1, 2), Map.of(),
                "nurse", Instant.now());
        QuestionnaireSchedule other = new QuestionnaireSchedule("Head and neck", "H&N", "QLQ-H&N35",
                ScheduleAnchor.DIAGNOSIS);
        timePoints.put("P2/HN3", new ParticipantTimePoint(null, other.addPoint("HN3", "3 months", 3, 0, 14, 14),
                DIAGNOSIS));
        check = new ResponseImportCheck(Qlqc30.definition(), new ResponseImportCheck.Lookup() {
            @Override
            public boolean participantExists(String pseudonym) {
                return pseudonym.equals("P1") || pseudonym.equals("P2");
            }

            @Override
            public Optional<ParticipantTimePoint> timePoint(String pseudonym, String pointCode) {
                return Optional.ofNullable(timePoints.get(pseudonym + "/" + pointCode));
            }
        }, TODAY, 5);
        check.header(ResponseImportTemplate.header(Qlqc30.definition()));
    }

    @Test
    void goodRowsAreAcceptedWithTheirTimePointsAndAnswers() {
        row(2, "P1", "T0", "2026-03-20", Qlqc30.complete());
        row(3, "p2", "m3", M3_OPENS.toString(), Map.of(29, 7));

        assertEquals(List.of(), check.errors());
        assertEquals(2, check.accepted().size());
        assertEquals(timePoints.get("P2/M3"), check.accepted().get(1).timePoint());
        assertEquals(Map.of(29, 7), check.accepted().get(1).answers());
    }

    @Test
    void anAnswerOutOfRangeIsNamedByRowAndCell() {
        row(2, "P1", "T0", "2026-03-20", Qlqc30.complete());
        row(3, "P1", "M3", "2026-05-20", Qlqc30.completeExcept(29, 8));

        assertEquals(List.of("row 3: q29 questionnaire.answer.outOfRange"), reported());
    }

    @Test
    void anUnknownParticipantIsNamedAndTheRowsOtherCellsAreStillChecked() {
        row(4, "P-NOBODY", "T0", null, Qlqc30.completeExcept(1, 9));

        assertEquals(List.of("row 4: pseudonym participant.unknown", "row 4: completed on field.required",
                "row 4: q1 questionnaire.answer.outOfRange"), reported());
    }

    @Test
    void theTimePointMustExistAskForThisQuestionnaireBeUnansweredAndComeOnce() {
        row(2, "P1", "M48", "2026-05-20", Qlqc30.complete());
        row(3, "P2", "T0", "2026-03-20", Qlqc30.complete());
        row(4, "P2", "HN3", "2026-05-20", Qlqc30.complete());
        row(5, "P1", "M3", "2026-05-20", Qlqc30.complete());
        row(6, "P1", "M3", "2026-05-21", Qlqc30.complete());

        assertEquals(List.of("row 2: time point questionnaire.timePoint.unknown",
                "row 3: time point questionnaire.response.exists",
                "row 4: questionnaire questionnaireImport.questionnaire.notTimePoints",
                "row 6: time point questionnaireImport.timePoint.twice"), reported());
        assertEquals(5, check.errors().get(3).arguments()[1], "names the earlier row");
    }

    @Test
    void theResponseRulesSpeakInTheSheetsColumns() {
        row(2, "P1", "M3", M3_OPENS.minusDays(1).toString(), Map.of());
        Map<String, String> otherQuestionnaire = cells(3, "P1", "T0", "2026-03-20", Qlqc30.complete());
        otherQuestionnaire.put("questionnaire", "QLQ-BR23");
        check.row(new SheetRow(3, otherQuestionnaire));

        assertEquals(List.of("row 2: completed on questionnaire.completedOn.beforeWindow",
                "row 2: q1..q30 questionnaire.answers.none",
                "row 3: questionnaire questionnaireImport.questionnaire.notThisFile"), reported());
    }

    @Test
    void aBadHeaderIsReportedOnRowOneAndTheRowsAreNotChecked() {
        ResponseImportCheck fresh = new ResponseImportCheck(Qlqc30.definition(), null, TODAY, 5);
        fresh.header(List.of("pseudonym", "questionnaire", "completed on", "q1"));
        fresh.row(new SheetRow(2, cells(2, "P1", "T0", "2026-03-20", Qlqc30.complete())));

        assertEquals(List.of("row 1: time point"), fresh.errors().stream().map(ImportRowError::field).toList());
        assertEquals(List.of(), fresh.accepted());
    }

    @Test
    void readingStopsPastTheRowLimit() {
        for (int i = 2; i <= 6; i++) {
            row(i, "P1", "T0", "2026-03-20", Qlqc30.complete());
        }
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> row(7, "P1", "T0", "2026-03-20", Qlqc30.complete()));
        assertEquals("file", refused.fieldErrors().get(0).field());
    }

    private void row(int number, String pseudonym, String point, String completedOn, Map<Integer, Integer> answers) {
        check.row(new SheetRow(number, cells(number, pseudonym, point, completedOn, answers)));
    }

    private static Map<String, String> cells(int number, String pseudonym, String point, String completedOn,
                                             Map<Integer, Integer> answers) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("pseudonym", pseudonym);
        cells.put("questionnaire", "QLQ-C30");
        cells.put("time point", point);
        if (completedOn != null) {
            cells.put("completed on", completedOn);
        }
        answers.forEach((item, answer) -> {
            if (answer != null) {
                cells.put("q" + item, String.valueOf(answer));
            }
        });
        return cells;
    }

    private List<String> reported() {
        List<String> reported = new ArrayList<>();
        check.errors().forEach(e -> reported.add(e.field() + " " + e.key()));
        return reported;
    }
}
