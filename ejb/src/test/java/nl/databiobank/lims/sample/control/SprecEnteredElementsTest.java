package nl.databiobank.lims.sample.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.sample.control.SprecCode.Source;
import nl.databiobank.lims.sample.control.SprecRefused.Problem;
import org.junit.jupiter.api.Test;

class SprecEnteredElementsTest {

    private static final SprecFacts SERUM = SprecFacts.fluid("SER", null).withCentrifugations(1);

    private static SprecRefused refused(SprecFacts facts, Map<Integer, String> entered) {
        return assertThrows(SprecRefused.class, () -> SprecCoder.code(facts, entered));
    }

    @Test
    void enteredCodesFillWhatTheFactsLeaveOpen() {
        SprecCode code = SprecCoder.code(SERUM, Map.of(2, "SST", 3, "A", 4, "B", 6, "B", 7, "B"));

        assertEquals("SER-SST-A-B-N-B-B", code.value());
        assertEquals(Source.DERIVED, code.element(1).source());
        assertEquals(Source.ENTERED, code.element(2).source());
        assertEquals(Source.DERIVED, code.element(5).source());
    }

    @Test
    void caseSpacesAndBlanksDoNotMatter() {
        Map<Integer, String> entered = new HashMap<>();
        entered.put(2, " sst ");
        entered.put(3, "");
        entered.put(4, null);

        SprecCode code = SprecCoder.code(SERUM, entered);

        assertEquals("SER-SST-X-X-N-X-X", code.value());
        assertEquals(Source.UNKNOWN, code.element(3).source());
    }

    @Test
    void enteringUnknownKeepsTheElementUnknown() {
        SprecCode code = SprecCoder.code(SERUM, Map.of(2, "XXX", 4, "x"));

        assertEquals("SER-XXX-X-X-N-X-X", code.value());
        assertEquals(Source.UNKNOWN, code.element(2).source());
        assertEquals(Source.UNKNOWN, code.element(4).source());
    }

    @Test
    void anEnteredValueCannotOverruleTheFacts() {
        SprecFacts facts = SERUM.withFreezerClass("-80");

        SprecRefused refused = refused(facts, Map.of(7, "B"));

        Problem problem = refused.problems().get(0);
        assertEquals(7, problem.element());
        assertEquals("sprec.7", problem.field());
        assertEquals("sprec.element.derived", problem.key());
        assertArrayEquals(new Object[] {"B", "A"}, problem.arguments());
    }

    @Test
    void notEvenWithTheSameValue() {
        assertEquals("sprec.element.derived", refused(SERUM, Map.of(1, "SER")).problems().get(0).key());
    }

    @Test
    void aCodeOutsideTheElementsListIsRefused() {
        SprecRefused refused = refused(SERUM, Map.of(4, "K"));

        assertEquals(List.of("sprec.4"), refused.problems().stream().map(Problem::field).toList());
        assertEquals("sprec.element.unknownCode", refused.problems().get(0).key());
        assertArrayEquals(new Object[] {"K"}, refused.problems().get(0).arguments());
    }

    @Test
    void aCodeOfTheOtherTableIsRefused() {
        assertEquals("sprec.element.unknownCode", refused(SERUM, Map.of(2, "SRG")).problems().get(0).key());
        assertEquals("sprec.element.unknownCode",
                refused(SprecFacts.tissue("TIS", null), Map.of(2, "SST")).problems().get(0).key());
    }

    @Test
    void theWrongWidthOfUnknownIsRefused() {
        assertEquals("sprec.element.unknownCode", refused(SERUM, Map.of(3, "XXX")).problems().get(0).key());
    }

    @Test
    void aRecordedCodeOutsideItsListIsRefusedToo() {
        SprecRefused refused = refused(SprecFacts.fluid("TIS", "ABC"), Map.of());

        assertEquals(List.of(1, 2), refused.problems().stream().map(Problem::element).toList());
        assertEquals("sprec.element.unknownCode", refused.problems().get(1).key());
    }

    @Test
    void everyProblemIsReportedAtOnceInElementOrder() {
        SprecRefused refused = refused(SERUM.withFreezerClass("-80"), Map.of(7, "A", 6, "Q", 1, "BLD"));

        assertEquals(List.of(1, 6, 7), refused.problems().stream().map(Problem::element).toList());
        assertEquals(List.of("sprec.element.derived", "sprec.element.unknownCode", "sprec.element.derived"),
                refused.problems().stream().map(Problem::key).toList());
        assertFalse(refused.getMessage().isBlank());
    }

    @Test
    void anElementNumberOutsideTheCodeIsTheCallersMistake() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> SprecCoder.code(SERUM, Map.of(8, "A")));

        assertFalse(thrown instanceof SprecRefused);
    }

    @Test
    void noEnteredMapAtAll() {
        assertEquals("SER-XXX-X-X-N-X-X", SprecCoder.code(SERUM, null).value());
    }
}
