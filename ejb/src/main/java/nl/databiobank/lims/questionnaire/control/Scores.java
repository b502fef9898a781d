package nl.databiobank.lims.questionnaire.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores of one response: every scale of the definition in definition order, then the summary,
 * each a 0–100 score or {@code null} where it is missing. The values are unrounded so that a summary
 * or a later calculation does not compound rounding; {@link #rounded(int)} is for storing and showing.
 */
public final class Scores {

    private final Map<String, Double> values;

    public Scores(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Code to score, in definition order; a missing score is a {@code null} value, never an absent key. */
    public Map<String, Double> values() {
        return values;
    }

    /** The score of a scale, or {@code null} when it is missing or the definition has no such scale. */
    public Double get(String code) {
        return values.get(code);
    }

    /**
     * The scores rounded half up to {@code decimals} places, in the same order, {@code null} staying
     * {@code null}. The double goes through {@link BigDecimal#valueOf(double)}, its shortest decimal
     * form, so that 12.345 rounds to 12.35 as a person would expect, not to 12.34 from its binary value.
     */
    public Map<String, BigDecimal> rounded(int decimals) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        values.forEach((code, value) -> result.put(code,
                value == null ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)));
        return Collections.unmodifiableMap(result);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scores scores && values.equals(scores.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Scores" + values;
    }
}
