package nl.databiobank.lims.questionnaire.control;

import static nl.databiobank.lims.questionnaire.control.Qlqc30.answers;
import static nl.databiobank.lims.questionnaire.control.Qlqc30.complete;
import static nl.databiobank.lims.questionnaire.control.Qlqc30.completeExcept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.questionnaire.control.AnswersRefused.Problem;
import org.junit.jupiter.api.Test;

/**
 * The QLQ-C30 scored against numbers worked out by hand from the rules: RS = mean of the answered
 * items; functional (1 − (RS − 1)/range) × 100; symptom and global ((RS − 1)/range) × 100; range 3
 * for items 1–28 (1–4) and 6 for items 29–30 (1–7).
 */
class ScoringEngineTest {

    private static final double EXACT = 1e-9;
    private static final ScoringDefinition QLQ_C30 = Qlqc30.definition();

    private static Scores score(Map<Integer, Integer> answers) {
        return ScoringEngine.score(QLQ_C30, answers);
    }

    @Test
    void everyScaleOfACompleteResponse() {
        Scores scores = score(complete());

        // QL2  items 29, 30 = 5, 6:        RS 5.5;  (4.5/6) × 100                   = 75
        assertEquals(75.0, scores.get("QL2"), EXACT);
        // PF2  items 1–5 = 1, 2, 1, 1, 1:  RS 6/5 = 1.2; (1 − 0.2/3) × 100 = 280/3 = 93.33
        assertEquals(280.0 / 3, scores.get("PF2"), EXACT);
        // RF2  items 6, 7 = 2, 2:          RS 2;    (1 − 1/3) × 100 = 200/3          = 66.67
        assertEquals(200.0 / 3, scores.get("RF2"), EXACT);
        // EF   items 21–24 = 2, 2, 3, 1:   RS 8/4 = 2; (1 − 1/3) × 100 = 200/3       = 66.67
        assertEquals(200.0 / 3, scores.get("EF"), EXACT);
        // CF   items 20, 25 = 1, 2:        RS 1.5;  (1 − 0.5/3) × 100 = 250/3        = 83.33
        assertEquals(250.0 / 3, scores.get("CF"), EXACT);
        // SF   items 26, 27 = 1, 1:        RS 1;    (1 − 0/3) × 100                  = 100
        assertEquals(100.0, scores.get("SF"), EXACT);
        // FA   items 10, 12, 18 = 2, 3, 4: RS 9/3 = 3; (2/3) × 100 = 200/3           = 66.67
        assertEquals(200.0 / 3, scores.get("FA"), EXACT);
        // NV   items 14, 15 = 1, 1:        RS 1;    (0/3) × 100                      = 0
        assertEquals(0.0, scores.get("NV"), EXACT);
        // PA   items 9, 19 = 2, 3:         RS 2.5;  (1.5/3) × 100                    = 50
        assertEquals(50.0, scores.get("PA"), EXACT);
        // DY   item 8 = 3:                 (2/3) × 100 = 200/3                       = 66.67
        assertEquals(200.0 / 3, scores.get("DY"), EXACT);
        // SL   item 11 = 1:                (0/3) × 100                               = 0
        assertEquals(0.0, scores.get("SL"), EXACT);
        // AP   item 13 = 2:                (1/3) × 100 = 100/3                       = 33.33
        assertEquals(100.0 / 3, scores.get("AP"), EXACT);
        // CO   item 16 = 4:                (3/3) × 100                               = 100
        assertEquals(100.0, scores.get("CO"), EXACT);
        // DI   item 17 = 1:                (0/3) × 100                               = 0
        assertEquals(0.0, scores.get("DI"), EXACT);
        // FI   item 28 = 2:                (1/3) × 100 = 100/3                       = 33.33
        assertEquals(100.0 / 3, scores.get("FI"), EXACT);
        // SUM  as is:     PF2 280/3, RF2 200/3, EF 200/3, CF 250/3, SF 300/3
        //      100 − x:   FA 100/3, NV 300/3, PA 150/3, DY 100/3, SL 300/3, AP 200/3, CO 0, DI 300/3
        //      total (280+200+200+250+300 + 100+300+150+100+300+200+0+300)/3 = 2680/3
        //      mean 2680/3 / 13 = 2680/39 = 68.7179…                                 = 68.72
        assertEquals(2680.0 / 39, scores.get("SUM"), EXACT);
    }

    @Test
    void theRoundedScoresOfACompleteResponse() {
        Map<String, BigDecimal> rounded = score(complete()).rounded(2);

        assertEquals(new BigDecimal("75.00"), rounded.get("QL2"));
        assertEquals(new BigDecimal("93.33"), rounded.get("PF2"));
        assertEquals(new BigDecimal("66.67"), rounded.get("FA"));
        assertEquals(new BigDecimal("0.00"), rounded.get("NV"));
        assertEquals(new BigDecimal("68.72"), rounded.get("SUM"));
    }

    @Test
    void globalHealthIsScoredInTheDirectionOfItsAnswers() {
        // QL2 items 29, 30 = 5, 6: RS 5.5; ((5.5 − 1)/6) × 100 = (4.5/6) × 100 = 75.00
        assertEquals(75.0, score(Map.of(29, 5, 30, 6)).get("QL2"), EXACT);
        // Worst (1, 1): RS 1 → 0; best (7, 7): RS 7 → (6/6) × 100 = 100.
        assertEquals(0.0, score(Map.of(29, 1, 30, 1)).get("QL2"), EXACT);
        assertEquals(100.0, score(Map.of(29, 7, 30, 7)).get("QL2"), EXACT);
    }

    @Test
    void aFunctionalScaleTurnsItsRawScoreAround() {
        // PF2 items 1–5 = 2, 3, 4, 2, 1: RS 12/5 = 2.4; (1 − 1.4/3) × 100 = (1 − 0.4667) × 100 = 160/3 = 53.33
        Scores scores = score(Map.of(1, 2, 2, 3, 3, 4, 4, 2, 5, 1));
        assertEquals(160.0 / 3, scores.get("PF2"), EXACT);
        assertEquals(new BigDecimal("53.33"), scores.rounded(2).get("PF2"));
        // Everything at its worst, 4: RS 4; (1 − 3/3) × 100 = 0.
        assertEquals(0.0, score(Map.of(1, 4, 2, 4, 3, 4, 4, 4, 5, 4)).get("PF2"), EXACT);
    }

    @Test
    void aSymptomScaleKeepsItsDirection() {
        // FA items 10, 12, 18 = 4, 3, 4: RS 11/3 = 3.667; ((11/3 − 1)/3) × 100 = (8/9) × 100 = 800/9 = 88.89
        Scores scores = score(Map.of(10, 4, 12, 3, 18, 4));
        assertEquals(800.0 / 9, scores.get("FA"), EXACT);
        assertEquals(new BigDecimal("88.89"), scores.rounded(2).get("FA"));
    }

    @Test
    void exactlyHalfOfAScaleAnsweredIsScoredFromThoseAnswered() {
        // RF2 one of two, item 6 = 3: RS 3; (1 − 2/3) × 100 = 100/3 = 33.33
        // EF two of four, items 21, 23 = 2, 4: RS 3; (1 − 2/3) × 100 = 100/3 = 33.33
        // QL2 one of two, item 30 = 4: RS 4; (3/6) × 100 = 50
        Scores scores = score(completeExcept(6, 3, 7, null, 21, 2, 22, null, 23, 4, 24, null, 29, null, 30, 4));

        assertEquals(100.0 / 3, scores.get("RF2"), EXACT);
        assertEquals(100.0 / 3, scores.get("EF"), EXACT);
        assertEquals(50.0, scores.get("QL2"), EXACT);
    }

    @Test
    void moreThanHalfOfAScaleAnsweredIsScoredFromThoseAnswered() {
        // PF2 three of five, items 1, 2, 3 = 1, 2, 3: RS 2; (1 − 1/3) × 100 = 200/3 = 66.67
        // FA two of three, items 10, 18 = 1, 2: RS 1.5; (0.5/3) × 100 = 50/3 = 16.67
        Map<Integer, Integer> answers = completeExcept(1, 1, 2, 2, 3, 3, 4, null, 5, null, 10, 1, 12, null, 18, 2);
        Scores scores = score(answers);

        assertEquals(200.0 / 3, scores.get("PF2"), EXACT);
        assertEquals(50.0 / 3, scores.get("FA"), EXACT);
    }

    @Test
    void fewerThanHalfOfAScaleAnsweredIsMissing() {
        // EF one of four (1 × 2 < 4), PF2 two of five (2 × 2 < 5), FA one of three (1 × 2 < 3).
        Scores scores = score(completeExcept(22, null, 23, null, 24, null, 3, null, 4, null, 5, null, 12, null,
                18, null));

        assertNull(scores.get("EF"));
        assertNull(scores.get("PF2"));
        assertNull(scores.get("FA"));
        assertEquals(Qlqc30.SCALE_CODES.size() + 1, scores.values().size());
        assertNotNull(scores.get("RF2"));
    }

    @Test
    void aScaleWithNothingAnsweredIsMissing() {
        Scores scores = score(Map.of());

        Qlqc30.SCALE_CODES.forEach(code -> assertNull(scores.get(code), code));
        assertNull(scores.get("SUM"));
    }

    @Test
    void aSingleItemScaleIsMissingWhenItsItemIs() {
        Map<Integer, Integer> answers = complete();
        answers.remove(8);
        answers.put(28, null);
        Scores scores = score(answers);

        assertNull(scores.get("DY"));
        assertNull(scores.get("FI"));
        assertEquals(0.0, scores.get("SL"), EXACT);
    }

    @Test
    void theSummaryIsAbsentWhenAnyOfItsThirteenScalesIsMissing() {
        List<Integer> oneItemOfEachPart = List.of(8, 11, 13, 16, 17);
        for (int item : oneItemOfEachPart) {
            assertNull(score(completeExcept(item, null)).get("SUM"), "item " + item + " unanswered");
        }
        // The multi-item parts: PF2 (three of five gone), RF2, EF (three of four), CF, SF, FA (two of three), NV, PA.
        List<List<Integer>> multiItemParts = List.of(List.of(1, 2, 3), List.of(6, 7), List.of(21, 22, 23),
                List.of(20, 25), List.of(26, 27), List.of(10, 12), List.of(14, 15), List.of(9, 19));
        for (List<Integer> items : multiItemParts) {
            Map<Integer, Integer> answers = complete();
            items.forEach(item -> answers.put(item, null));
            assertNull(score(answers).get("SUM"), "items " + items + " unanswered");
        }
    }

    @Test
    void theSummaryLeavesOutFatigueItemsAndGlobalHealth() {
        // FI (item 28) and QL2 (29, 30) missing: the summary is still 2680/39, as for the complete response.
        Scores scores = score(completeExcept(28, null, 29, null, 30, null));

        assertNull(scores.get("FI"));
        assertNull(scores.get("QL2"));
        assertEquals(2680.0 / 39, scores.get("SUM"), EXACT);
    }

    @Test
    void theSummaryOfAResponseWithAHalfAnsweredScale() {
        // The complete response with EF half answered (21, 22 = 4, 4; 23, 24 unanswered):
        //   EF RS 4; (1 − 3/3) × 100 = 0, where it was 200/3.
        //   SUM total 2680/3 − 200/3 = 2480/3; mean 2480/39 = 63.589… = 63.59
        Scores scores = score(completeExcept(21, 4, 22, 4, 23, null, 24, null));

        assertEquals(0.0, scores.get("EF"), EXACT);
        assertEquals(2480.0 / 39, scores.get("SUM"), EXACT);
        assertEquals(new BigDecimal("63.59"), scores.rounded(2).get("SUM"));
    }

    @Test
    void theBestAndWorstResponsesGiveTheEndsOfTheSummary() {
        // Best: functional items 1 → 100; symptom items 1 → 0, so 100 − 0 = 100: SUM 100.
        Map<Integer, Integer> best = new HashMap<>();
        Map<Integer, Integer> worst = new HashMap<>();
        for (int item = 1; item <= 28; item++) {
            best.put(item, 1);
            worst.put(item, 4);
        }
        assertEquals(100.0, score(best).get("SUM"), EXACT);
        assertEquals(0.0, score(worst).get("SUM"), EXACT);
    }

    @Test
    void nullAnswersAreUnanswered() {
        Map<Integer, Integer> withNulls = completeExcept(6, null, 11, null, 12, null);
        Map<Integer, Integer> leftOut = complete();
        leftOut.keySet().removeAll(List.of(6, 11, 12));

        assertEquals(score(leftOut), score(withNulls));
        // RF2 one of two, item 7 = 2: RS 2; (1 − 1/3) × 100 = 200/3.
        assertEquals(200.0 / 3, score(withNulls).get("RF2"), EXACT);
        assertNull(score(withNulls).get("SL"));
        // FA two of three, items 10, 18 = 2, 4: RS 3; (2/3) × 100 = 200/3.
        assertEquals(200.0 / 3, score(withNulls).get("FA"), EXACT);
    }

    @Test
    void theScoresListEveryScaleInDefinitionOrderAndThenTheSummary() {
        List<String> expected = new ArrayList<>(Qlqc30.SCALE_CODES);
        expected.add("SUM");

        assertEquals(expected, List.copyOf(score(complete()).values().keySet()));
        assertEquals(expected, List.copyOf(score(Map.of()).values().keySet()));
        assertEquals(expected, List.copyOf(score(complete()).rounded(2).keySet()));
        assertEquals(expected, QLQ_C30.resultCodes());
    }

    @Test
    void aDefinitionWithoutSummaryHasNoSummaryScore() {
        ScoringDefinition noSummary = new ScoringDefinition("X", "1", QLQ_C30.items(), QLQ_C30.scales(), null);

        assertEquals(Qlqc30.SCALE_CODES, List.copyOf(ScoringEngine.score(noSummary, complete()).values().keySet()));
    }

    @Test
    void aResponseScaleNotStartingAtOneStillRunsFromZeroToHundred() {
        // Items answered 0–4 (range 4): symptom item = 3 → ((3 − 0)/4) × 100 = 75;
        // functional items 1, 2 = 0, 1 → RS 0.5; (1 − 0.5/4) × 100 = 87.5.
        ScoringDefinition zeroBased = new ScoringDefinition("Z", "1",
                List.of(new ItemRange(1, 0, 4), new ItemRange(2, 0, 4), new ItemRange(3, 0, 4)),
                List.of(new ScaleRule("F", ScaleKind.FUNCTIONAL, List.of(1, 2)),
                        new ScaleRule("S", ScaleKind.SYMPTOM, List.of(3))), null);

        Scores scores = ScoringEngine.score(zeroBased, Map.of(1, 0, 2, 1, 3, 3));

        assertEquals(87.5, scores.get("F"), EXACT);
        assertEquals(75.0, scores.get("S"), EXACT);
    }

    @Test
    void answersOutsideTheirRangeAndUnknownItemsAreAllRefused() {
        Map<Integer, Integer> answers = completeExcept(3, 5, 17, 0, 29, 8, 30, -1, 31, 1, 0, 2);

        AnswersRefused refused = assertThrows(AnswersRefused.class, () -> score(answers));

        assertEquals(List.of(
                new Problem(0, AnswersRefused.UNKNOWN_ITEM, 0),
                new Problem(3, AnswersRefused.OUT_OF_RANGE, 3, 5, 1, 4),
                new Problem(17, AnswersRefused.OUT_OF_RANGE, 17, 0, 1, 4),
                new Problem(29, AnswersRefused.OUT_OF_RANGE, 29, 8, 1, 7),
                new Problem(30, AnswersRefused.OUT_OF_RANGE, 30, -1, 1, 7),
                new Problem(31, AnswersRefused.UNKNOWN_ITEM, 31)), refused.problems());
    }

    @Test
    void anUnknownItemIsRefusedEvenWithoutAnAnswer() {
        Map<Integer, Integer> answers = new HashMap<>();
        answers.put(99, null);

        AnswersRefused refused = assertThrows(AnswersRefused.class, () -> ScoringEngine.check(QLQ_C30, answers));

        assertEquals(List.of(new Problem(99, AnswersRefused.UNKNOWN_ITEM, 99)), refused.problems());
    }

    @Test
    void theEdgesOfEachRangeAreAccepted() {
        ScoringEngine.check(QLQ_C30, Map.of(1, 1, 28, 4, 29, 1, 30, 7));
        ScoringEngine.check(QLQ_C30, answers(4, 4, 4, 4));
    }

    @Test
    void refusedAnswersAreAnIllegalArgument() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> score(Map.of(5, 9)));

        assertEquals("Answers refused: item 5 questionnaire.answer.outOfRange [5, 9, 1, 4]", refused.getMessage());
    }
}
