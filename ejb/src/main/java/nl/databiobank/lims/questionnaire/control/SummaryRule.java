package nl.databiobank.lims.questionnaire.control;

import java.util.List;
import java.util.Objects;

/**
 * A summary score over other scales (the QLQ-C30 summary score {@code SUM}): the mean of the
 * {@code asIs} scale scores and of {@code 100 − score} of the {@code inverted} ones, so that on every
 * part a high score means doing well. It exists only when all of those scales have a score; a summary
 * over what happens to be present would not be comparable between patients.
 */
public record SummaryRule(String code, List<String> asIs, List<String> inverted) {

    public SummaryRule {
        Objects.requireNonNull(code, "code");
        asIs = List.copyOf(asIs);
        inverted = List.copyOf(inverted);
        if (asIs.isEmpty() && inverted.isEmpty()) {
            throw new IllegalArgumentException("Summary " + code + " has no scales");
        }
    }
}
