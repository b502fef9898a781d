package nl.databiobank.lims.questionnaire.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;

/**
 * What a response must be to count for a time point: dated inside the time between the window's
 * opening and today (a late paper form still counts), before any stop, with at least one answer and
 * every answer one the questionnaire allows. Fields: {@code completedOn}, {@code answers},
 * {@code answers.N}. Used by entry, correction and import alike.
 */
public final class ResponseRules {

    private ResponseRules() {
    }

    public static List<FieldError> problems(ParticipantTimePoint timePoint, LocalDate completedOn,
                                            Map<Integer, Integer> answers, ScoringDefinition definition,
                                            LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (completedOn == null) {
            problems.add(new FieldError("completedOn", "field.required"));
        } else if (completedOn.isAfter(today)) {
            problems.add(new FieldError("completedOn", "questionnaire.completedOn.future"));
        } else if (completedOn.isBefore(timePoint.getWindowStart())) {
            problems.add(new FieldError("completedOn", "questionnaire.completedOn.beforeWindow",
                    timePoint.getPointCode(), timePoint.getWindowStart()));
        } else if (timePoint.getStoppedOn().filter(stopped -> !completedOn.isBefore(stopped)).isPresent()) {
            problems.add(new FieldError("completedOn", "questionnaire.timePoint.stopped", timePoint.getPointCode(),
                    timePoint.getStoppedOn().get()));
        }
        problems.addAll(answerProblems(answers, definition));
        return problems;
    }

    /**
     * The answers alone (fields {@code answers}, {@code answers.N}): for an import row whose time point
     * cannot be found, so that its bad answers are reported in the same pass.
     */
    public static List<FieldError> answerProblems(Map<Integer, Integer> answers, ScoringDefinition definition) {
        if (answers == null || answers.values().stream().allMatch(Objects::isNull)) {
            return List.of(new FieldError("answers", "questionnaire.answers.none"));
        }
        try {
            ScoringEngine.check(definition, answers);
            return List.of();
        } catch (AnswersRefused refused) {
            return refused.problems().stream()
                    .map(p -> new FieldError("answers." + p.item(), p.key(), p.arguments())).toList();
        }
    }
}
