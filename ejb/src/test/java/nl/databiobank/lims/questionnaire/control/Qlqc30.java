package nl.databiobank.lims.questionnaire.control;

import static nl.databiobank.lims.questionnaire.control.ScaleKind.FUNCTIONAL;
import static nl.databiobank.lims.questionnaire.control.ScaleKind.GLOBAL;
import static nl.databiobank.lims.questionnaire.control.ScaleKind.SYMPTOM;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The EORTC QLQ-C30 version 3.0 scoring definition, as the seed data will hold it, and ways to write
 * answers briefly. Items 1–28 are answered 1–4, items 29–30 1–7.
 */
final class Qlqc30 {

    static final List<String> SCALE_CODES = List.of("QL2", "PF2", "RF2", "EF", "CF", "SF", "FA", "NV", "PA",
            "DY", "SL", "AP", "CO", "DI", "FI");

    private Qlqc30() {
    }

    static ScoringDefinition definition() {
        List<ItemRange> items = new ArrayList<>();
        IntStream.rangeClosed(1, 28).forEach(number -> items.add(new ItemRange(number, 1, 4)));
        IntStream.rangeClosed(29, 30).forEach(number -> items.add(new ItemRange(number, 1, 7)));
        List<ScaleRule> scales = List.of(
                new ScaleRule("QL2", GLOBAL, List.of(29, 30)),
                new ScaleRule("PF2", FUNCTIONAL, List.of(1, 2, 3, 4, 5)),
                new ScaleRule("RF2", FUNCTIONAL, List.of(6, 7)),
                new ScaleRule("EF", FUNCTIONAL, List.of(21, 22, 23, 24)),
                new ScaleRule("CF", FUNCTIONAL, List.of(20, 25)),
                new ScaleRule("SF", FUNCTIONAL, List.of(26, 27)),
                new ScaleRule("FA", SYMPTOM, List.of(10, 12, 18)),
                new ScaleRule("NV", SYMPTOM, List.of(14, 15)),
                new ScaleRule("PA", SYMPTOM, List.of(9, 19)),
                new ScaleRule("DY", SYMPTOM, List.of(8)),
                new ScaleRule("SL", SYMPTOM, List.of(11)),
                new ScaleRule("AP", SYMPTOM, List.of(13)),
                new ScaleRule("CO", SYMPTOM, List.of(16)),
                new ScaleRule("DI", SYMPTOM, List.of(17)),
                new ScaleRule("FI", SYMPTOM, List.of(28)));
        SummaryRule summary = new SummaryRule("SUM", List.of("PF2", "RF2", "EF", "CF", "SF"),
                List.of("FA", "NV", "PA", "DY", "SL", "AP", "CO", "DI"));
        return new ScoringDefinition("QLQ-C30", "3.0", items, scales, summary);
    }

    /** Answers to items 1, 2, 3, … in order; a {@code null} is an item left unanswered but present. */
    static Map<Integer, Integer> answers(Integer... values) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(i + 1, values[i]);
        }
        return answers;
    }

    /**
     * A complete response worked out by hand in {@code ScoringEngineTest}:
     * <pre>
     * item   1  2  3  4  5 | 6  7 | 8 | 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 | 29 30
     * answer 1  2  1  1  1 | 2  2 | 3 | 2  2  1  3  2  1  1  4  1  4  3  1  2  2  3  1  2  1  1  2 |  5  6
     * </pre>
     */
    static Map<Integer, Integer> complete() {
        return answers(1, 2, 1, 1, 1, 2, 2, 3, 2, 2, 1, 3, 2, 1, 1, 4, 1, 4, 3, 1, 2, 2, 3, 1, 2, 1, 1, 2, 5, 6);
    }

    /** {@link #complete()} with some items changed; a {@code null} value makes the item unanswered. */
    static Map<Integer, Integer> completeExcept(Integer... itemsAndAnswers) {
        Map<Integer, Integer> answers = complete();
        for (int i = 0; i < itemsAndAnswers.length; i += 2) {
            answers.put(itemsAndAnswers[i], itemsAndAnswers[i + 1]);
        }
        return answers;
    }
}
