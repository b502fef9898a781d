package nl.databiobank.lims.sample.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.sample.control.SprecCode.Source;
import nl.databiobank.lims.sample.control.SprecRefused.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SprecTissueCodingTest {

    private static final SprecFacts SURGICAL = SprecFacts.tissue("TIS", "SRG");

    private static String element(SprecFacts facts, int number) {
        return SprecCoder.code(facts, Map.of()).element(number).code();
    }

    @Test
    void freshFrozenTissue() {
        SprecFacts facts = SURGICAL.withIschaemia(5, 15).withFixation("SNP", null).withFreezerClass("-80");

        SprecCode code = SprecCoder.code(facts, Map.of());

        assertEquals("TIS-SRG-B-C-SNP-N-A", code.value());
        assertEquals(SprecMaterial.SOLID_TISSUE, code.material());
        assertEquals(Source.DERIVED, code.element(6).source());
    }

    @Test
    void ffpeBlockWithItsStorageEnteredAndWarmIschaemiaUnknown() {
        SprecFacts facts = SURGICAL.withIschaemia(null, 25).withFixation("NBF", 12 * 60);

        SprecCode code = SprecCoder.code(facts, Map.of(7, "P"));

        assertEquals("TIS-SRG-X-D-NBF-E-P", code.value());
        assertEquals(Source.UNKNOWN, code.element(3).source());
        assertEquals(Source.ENTERED, code.element(7).source());
    }

    @Test
    void aBiopsyHasNoWarmIschaemiaWhichIsEnteredAsNotApplicable() {
        SprecFacts facts = SprecFacts.tissue("TIS", "BPS").withIschaemia(null, 8).withFixation("NBF", 30 * 60);

        assertEquals("TIS-BPS-N-B-NBF-F-X", SprecCoder.code(facts, Map.of(3, "N")).value());
    }

    @Test
    void nothingRecorded() {
        assertEquals("TIS-XXX-X-X-XXX-X-X", SprecCoder.code(SprecFacts.tissue("TIS", null), Map.of()).value());
    }

    @ParameterizedTest(name = "{0} min of ischaemia is {1}")
    @CsvSource({"0, A", "1, A", "2, B", "9, B", "10, C", "19, C", "20, D", "29, D", "30, E", "59, E", "60, F",
            "600, F"})
    void ischaemiaAtEveryBandEdgeWarmAndCold(int minutes, String code) {
        assertEquals(code, element(SURGICAL.withIschaemia(minutes, null), 3));
        assertEquals(code, element(SURGICAL.withIschaemia(null, minutes), 4));
    }

    @ParameterizedTest(name = "fixed {0} min is {1}")
    @CsvSource({"0, A", "14, A", "15, B", "59, B", "60, C", "239, C", "240, D", "479, D", "480, E", "1439, E",
            "1440, F", "2879, F", "2880, G", "4319, G", "4320, Z"})
    void fixationTimeAtEveryBandEdge(int minutes, String code) {
        assertEquals(code, element(SURGICAL.withFixation("NBF", minutes), 6));
    }

    @Test
    void aFixativeWithoutItsTimeLeavesTheTimeUnknown() {
        assertEquals("X", element(SURGICAL.withFixation("NBF", null), 6));
        assertEquals("N", element(SURGICAL.withFixation("OCT", null), 6));
    }

    @Test
    void negativeDurationsAreRefused() {
        SprecFacts facts = SURGICAL.withIschaemia(-1, 3).withFixation("NBF", -5);

        SprecRefused refused = assertThrows(SprecRefused.class, () -> SprecCoder.code(facts, Map.of()));

        assertEquals(List.of(3, 6), refused.problems().stream().map(Problem::element).toList());
        assertEquals("sprec.duration.negative", refused.problems().get(0).key());
        assertEquals(-1, refused.problems().get(0).arguments()[0]);
    }

    @Test
    void fluidTimesAreNotReadForTissue() {
        SprecFacts facts = SURGICAL.withCollected(Instant.EPOCH).withFrozen(Instant.EPOCH.minusSeconds(60));

        assertEquals("TIS-SRG-X-X-XXX-X-X", SprecCoder.code(facts, Map.of()).value());
    }
}
