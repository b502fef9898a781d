package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoresTest {

    private static Scores scores() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("QL2", 200.0 / 3);
        values.put("PF2", null);
        values.put("FA", 12.345);
        values.put("NV", 12.3449);
        values.put("SUM", 0.0);
        return new Scores(values);
    }

    @Test
    void roundsHalfUpAndKeepsMissingScoresMissing() {
        Map<String, BigDecimal> rounded = scores().rounded(2);

        assertEquals(new BigDecimal("66.67"), rounded.get("QL2"));
        assertNull(rounded.get("PF2"));
        assertEquals(new BigDecimal("12.35"), rounded.get("FA"));
        assertEquals(new BigDecimal("12.34"), rounded.get("NV"));
        assertEquals(new BigDecimal("0.00"), rounded.get("SUM"));
        assertEquals(new BigDecimal("66.7"), scores().rounded(1).get("QL2"));
        assertEquals(new BigDecimal("67"), scores().rounded(0).get("QL2"));
    }

    @Test
    void keepsTheOrderAndEveryCodeIncludingTheMissing() {
        List<String> order = List.of("QL2", "PF2", "FA", "NV", "SUM");

        assertEquals(order, List.copyOf(scores().values().keySet()));
        assertEquals(order, List.copyOf(scores().rounded(2).keySet()));
        assertEquals(5, scores().rounded(2).size());
    }

    @Test
    void cannotBeChangedAfterwards() {
        Scores scores = scores();

        assertThrows(UnsupportedOperationException.class, () -> scores.values().put("QL2", 0.0));
        assertThrows(UnsupportedOperationException.class, () -> scores.rounded(2).put("QL2", BigDecimal.ZERO));
    }
}
