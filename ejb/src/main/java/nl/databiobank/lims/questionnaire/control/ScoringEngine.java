package nl.databiobank.lims.questionnaire.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a response after the EORTC QLQ-C30 scoring manual (3rd edition), driven only by the
 * definition, so that other EORTC modules can be added as data.
 * <ul>
 * <li>The raw score RS of a scale is the mean of its answered items.</li>
 * <li>A multi-item scale is scored when at least half of its items are answered (the manual's rule
 * for imputing missing items by the mean of the answered ones, which is the same number), otherwise it
 * is missing; a single-item scale is missing when its item is.</li>
 * <li>Functional: {@code (1 − (RS − min)/range) × 100}; symptom and global health:
 * {@code ((RS − min)/range) × 100}, with {@code range = max − min} of the items' response scale. The
 * manual writes {@code RS − 1} because every EORTC item starts at 1; {@code RS − min} is the same
 * there and stays a 0–100 transformation for a response scale that starts elsewhere (0–4, say).</li>
 * <li>The summary score is the mean of its as-is scale scores and of {@code 100 − score} of its
 * inverted ones, only when all of them are present.</li>
 * </ul>
 * An answer of {@code null}, like an item left out, is unanswered.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * The scores of the answers (item number to answer), every scale of the definition in order and
     * then the summary, unrounded, {@code null} where missing.
     *
     * @throws AnswersRefused when {@link #check} refuses the answers
     */
    public static Scores score(ScoringDefinition definition, Map<Integer, Integer> answers) {
        check(definition, answers);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (ScaleRule scale : definition.scales()) {
            scores.put(scale.code(), scale(definition, scale, answers));
        }
        if (definition.summary() != null) {
            scores.put(definition.summary().code(), summary(definition.summary(), scores));
        }
        return new Scores(scores);
    }

    /**
     * Refuses answers that name an item the questionnaire does not have or lie outside their item's
     * response scale, listing every such problem by item number. Unanswered ({@code null}) is fine.
     *
     * @throws AnswersRefused listing every problem
     */
    public static void check(ScoringDefinition definition, Map<Integer, Integer> answers) {
        Objects.requireNonNull(answers, "answers");
        List<AnswersRefused.Problem> problems = new ArrayList<>();
        answers.forEach((number, answer) -> {
            Objects.requireNonNull(number, "an answer without an item number");
            definition.item(number).ifPresentOrElse(item -> {
                if (answer != null && !item.allows(answer)) {
                    problems.add(new AnswersRefused.Problem(number, AnswersRefused.OUT_OF_RANGE,
                            number, answer, item.min(), item.max()));
                }
            }, () -> problems.add(new AnswersRefused.Problem(number, AnswersRefused.UNKNOWN_ITEM, number)));
        });
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(AnswersRefused.Problem::item));
            throw new AnswersRefused(problems);
        }
    }

    private static Double scale(ScoringDefinition definition, ScaleRule scale, Map<Integer, Integer> answers) {
        List<Integer> answered = scale.items().stream().map(answers::get).filter(Objects::nonNull).toList();
        if (answered.isEmpty() || answered.size() * 2 < scale.items().size()) {
            return null;
        }
        double rawScore = answered.stream().mapToInt(Integer::intValue).average().orElseThrow();
        // The definition guarantees the scale's items share one response scale; take it from the first.
        ItemRange responseScale = definition.item(scale.items().get(0)).orElseThrow();
        double position = (rawScore - responseScale.min()) / responseScale.range();
        return switch (scale.kind()) {
            case FUNCTIONAL -> (1 - position) * 100;
            case SYMPTOM, GLOBAL -> position * 100;
        };
    }

    private static Double summary(SummaryRule summary, Map<String, Double> scores) {
        List<Double> parts = new ArrayList<>();
        summary.asIs().forEach(code -> parts.add(scores.get(code)));
        summary.inverted().forEach(code -> parts.add(scores.get(code) == null ? null : 100 - scores.get(code)));
        if (parts.contains(null)) {
            return null;
        }
        return parts.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
