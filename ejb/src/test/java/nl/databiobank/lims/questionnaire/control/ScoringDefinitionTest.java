package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A definition that could not be scored is refused when it is made, not when answers come in. */
class ScoringDefinitionTest {

    private static final List<ItemRange> TWO_ITEMS = List.of(new ItemRange(1, 1, 4), new ItemRange(2, 1, 7));

    private static String refusal(List<ItemRange> items, List<ScaleRule> scales, SummaryRule summary) {
        return assertThrows(IllegalArgumentException.class,
                () -> new ScoringDefinition("X", "1", items, scales, summary)).getMessage();
    }

    @Test
    void theQlqC30IsAValidDefinition() {
        ScoringDefinition definition = Qlqc30.definition();

        assertEquals(30, definition.items().size());
        assertEquals(15, definition.scales().size());
        assertEquals(new ItemRange(29, 1, 7), definition.item(29).orElseThrow());
        assertTrue(definition.item(31).isEmpty());
    }

    @Test
    void aScaleOverAnUnknownItemIsRefused() {
        String message = refusal(TWO_ITEMS, List.of(new ScaleRule("A", ScaleKind.SYMPTOM, List.of(1, 3))), null);

        assertTrue(message.contains("scale A names unknown item 3"), message);
    }

    @Test
    void aScaleMixingResponseScalesIsRefused() {
        String message = refusal(TWO_ITEMS, List.of(new ScaleRule("A", ScaleKind.SYMPTOM, List.of(1, 2))), null);

        assertTrue(message.contains("scale A mixes items with different response scales"), message);
    }

    @Test
    void aSummaryOverAnUnknownScaleIsRefused() {
        String message = refusal(TWO_ITEMS, List.of(new ScaleRule("A", ScaleKind.SYMPTOM, List.of(1))),
                new SummaryRule("SUM", List.of("A"), List.of("B")));

        assertTrue(message.contains("summary SUM names unknown scale B"), message);
    }

    @Test
    void twiceTheSameItemOrScaleIsRefused() {
        String message = refusal(List.of(new ItemRange(1, 1, 4), new ItemRange(1, 1, 4)),
                List.of(new ScaleRule("A", ScaleKind.SYMPTOM, List.of(1)),
                        new ScaleRule("A", ScaleKind.SYMPTOM, List.of(1))), null);

        assertTrue(message.contains("item 1 is defined twice"), message);
        assertTrue(message.contains("scale A is defined twice"), message);
    }

    @Test
    void aResponseScaleWithoutRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ItemRange(1, 4, 4));
    }
}
