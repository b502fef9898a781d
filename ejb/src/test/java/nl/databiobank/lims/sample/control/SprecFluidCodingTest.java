package nl.databiobank.lims.sample.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.sample.control.SprecCode.Source;
import nl.databiobank.lims.sample.control.SprecFacts.Temperature;
import nl.databiobank.lims.sample.control.SprecRefused.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SprecFluidCodingTest {

    private static final Instant COLLECTED = Instant.parse("2026-03-02T09:00:00Z");

    private static SprecFacts serum() {
        return SprecFacts.fluid("SER", "SST").withCentrifugations(1);
    }

    private static SprecFacts spunAfter(Duration preCentrifugation, Temperature temperature) {
        Instant started = COLLECTED.plus(preCentrifugation);
        return serum().withCollected(COLLECTED).withCentrifugation(started, started.plusSeconds(600))
                .withTemperatures(temperature, Temperature.ROOM);
    }

    private static SprecFacts frozenAfter(Duration postCentrifugation, Temperature temperature) {
        Instant ended = COLLECTED.plusSeconds(1800);
        return serum().withCollected(COLLECTED).withCentrifugation(COLLECTED.plusSeconds(1200), ended)
                .withFrozen(ended.plus(postCentrifugation)).withTemperatures(Temperature.ROOM, temperature);
    }

    private static String code(SprecFacts facts) {
        return SprecCoder.code(facts, Map.of()).value();
    }

    private static String element(SprecFacts facts, int number) {
        return SprecCoder.code(facts, Map.of()).element(number).code();
    }

    @Test
    void serumWithEverythingRecordedAndTheSopCentrifugationEntered() {
        SprecFacts facts = serum().withCollected(COLLECTED)
                .withCentrifugation(COLLECTED.plusSeconds(3600), COLLECTED.plusSeconds(4500))
                .withFrozen(COLLECTED.plusSeconds(6300))
                .withTemperatures(Temperature.ROOM, Temperature.ROOM)
                .withFreezerClass("-20");

        SprecCode code = SprecCoder.code(facts, Map.of(4, "B"));

        assertEquals("SER-SST-A-B-N-B-B", code.value());
        assertEquals(List.of(Source.DERIVED, Source.DERIVED, Source.DERIVED, Source.ENTERED, Source.DERIVED,
                Source.DERIVED, Source.DERIVED), code.elements().stream().map(SprecCode.Element::source).toList());
    }

    @ParameterizedTest(name = "{0} min before centrifugation: RT {1}, 2-10 °C {2}, 35-38 °C {3}")
    @CsvSource({
            "0, A, B, O", "119, A, B, O", "120, C, D, Z", "239, C, D, Z", "240, E, F, Z", "479, E, F, Z",
            "480, G, H, Z", "719, G, H, Z", "720, I, J, Z", "1439, I, J, Z", "1440, K, L, Z", "2879, K, L, Z",
            "2880, M, N, Z", "10000, M, N, Z"})
    void preCentrifugationDelayAtEveryBandEdge(long minutes, String room, String refrigerated, String body) {
        Duration delay = Duration.ofMinutes(minutes);

        assertEquals(room, element(spunAfter(delay, Temperature.ROOM), 3));
        assertEquals(refrigerated, element(spunAfter(delay, Temperature.REFRIGERATED), 3));
        assertEquals(body, element(spunAfter(delay, Temperature.BODY), 3));
    }

    @Test
    void aSecondShortOfTwoHoursIsStillUnderTwoHours() {
        assertEquals("A", element(spunAfter(Duration.ofHours(2).minusSeconds(1), Temperature.ROOM), 3));
        assertEquals("C", element(spunAfter(Duration.ofHours(2), Temperature.ROOM), 3));
    }

    @ParameterizedTest(name = "{0} min after centrifugation: 2-10 °C {1}, RT {2}")
    @CsvSource({
            "0, A, B", "59, A, B", "60, C, D", "119, C, D", "120, E, F", "479, E, F", "480, G, H", "1439, G, H",
            "1440, I, J", "5000, I, J"})
    void postCentrifugationDelayAtEveryBandEdge(long minutes, String refrigerated, String room) {
        Duration delay = Duration.ofMinutes(minutes);

        assertEquals(refrigerated, element(frozenAfter(delay, Temperature.REFRIGERATED), 6));
        assertEquals(room, element(frozenAfter(delay, Temperature.ROOM), 6));
    }

    @Test
    void noPostCentrifugationBandAtBodyTemperatureMakesItOther() {
        assertEquals("Z", element(frozenAfter(Duration.ofMinutes(30), Temperature.BODY), 6));
    }

    @ParameterizedTest
    @CsvSource({"-20, B", "-80, A", "-150, V", "LN2, C", "ln2, C"})
    void freezerClassGivesTheLongTermStorageOfAPolypropyleneTube(String freezerClass, String storage) {
        assertEquals(storage, element(serum().withFreezerClass(freezerClass), 7));
    }

    @Test
    void anUnknownFreezerClassIsTheCallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> serum().withFreezerClass("-70"));
    }

    @Test
    void whatIsNotRecordedIsUnknown() {
        SprecCode code = SprecCoder.code(SprecFacts.fluid("PL2", null), Map.of());

        assertEquals("PL2-XXX-X-X-X-X-X", code.value());
        assertEquals(Source.UNKNOWN, code.element(2).source());
        assertEquals(Source.UNKNOWN, code.element(7).source());
    }

    @Test
    void aDelayWithoutItsTemperatureIsUnknown() {
        SprecFacts facts = spunAfter(Duration.ofMinutes(30), Temperature.ROOM).withFrozen(COLLECTED.plusSeconds(3600))
                .withTemperatures(null, null);

        assertEquals("SER-SST-X-X-N-X-X", code(facts));
    }

    @Test
    void aTimeWithoutTheOtherEndOfItsDelayIsUnknown() {
        SprecFacts facts = serum().withCollected(COLLECTED).withTemperatures(Temperature.ROOM, Temperature.ROOM)
                .withFreezerClass("-80");

        assertEquals("SER-SST-X-X-N-X-A", code(facts));
    }

    @Test
    void wholeBloodIsNeverSpunSoItsDelayRunsToFreezing() {
        SprecFacts facts = SprecFacts.fluid("BLD", "PED").withCentrifugations(0).withCollected(COLLECTED)
                .withFrozen(COLLECTED.plus(Duration.ofHours(3))).withTemperatures(Temperature.REFRIGERATED, null)
                .withFreezerClass("-80");

        SprecCode code = SprecCoder.code(facts, Map.of());

        assertEquals("BLD-PED-D-N-N-N-A", code.value());
        assertEquals(Source.DERIVED, code.element(4).source());
        assertEquals(Source.DERIVED, code.element(6).source());
    }

    @Test
    void spunOnceHasNoSecondCentrifugation() {
        assertEquals("N", element(serum(), 5));
        assertEquals(Source.DERIVED, SprecCoder.code(serum(), Map.of()).element(5).source());
    }

    @Test
    void spunTwiceLeavesBothCentrifugationsToTheSop() {
        SprecFacts facts = SprecFacts.fluid("PL2", "PED").withCentrifugations(2);

        assertEquals("PL2-PED-X-X-X-X-X", code(facts));
        assertEquals("PL2-PED-X-B-D-X-X", SprecCoder.code(facts, Map.of(4, "B", 5, "D")).value());
    }

    @Test
    void spinCountsOutsideTheStandardAreTheCallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> serum().withCentrifugations(3));
        assertThrows(IllegalArgumentException.class, () -> SprecFacts.fluid("BLD", "PED").withCentrifugations(0)
                .withCentrifugation(COLLECTED, COLLECTED.plusSeconds(600)));
    }

    @Test
    void frozenBeforeCollectedIsRefusedWithItsOwnKey() {
        SprecFacts facts = SprecFacts.fluid("BLD", "PED").withCentrifugations(0).withCollected(COLLECTED)
                .withFrozen(COLLECTED.minusSeconds(60)).withTemperatures(Temperature.ROOM, null);

        SprecRefused refused = assertThrows(SprecRefused.class, () -> SprecCoder.code(facts, Map.of()));

        Problem problem = refused.problems().get(0);
        assertEquals(1, refused.problems().size());
        assertEquals(3, problem.element());
        assertEquals("sprec.times.frozenBeforeCollected", problem.key());
        assertArrayEquals(new Object[] {COLLECTED, COLLECTED.minusSeconds(60)}, problem.arguments());
    }

    @Test
    void everyStepOutOfOrderIsNamed() {
        Instant started = COLLECTED.minusSeconds(60);
        SprecFacts facts = serum().withCollected(COLLECTED).withCentrifugation(started, started.minusSeconds(60))
                .withFrozen(started.minusSeconds(120)).withTemperatures(Temperature.ROOM, Temperature.ROOM);

        SprecRefused refused = assertThrows(SprecRefused.class, () -> SprecCoder.code(facts, Map.of()));

        assertEquals(List.of("sprec.times.centrifugedBeforeCollected", "sprec.times.centrifugationEndsBeforeStart",
                "sprec.times.frozenBeforeCentrifuged"), refused.problems().stream().map(Problem::key).toList());
        assertEquals(List.of(3, 4, 6), refused.problems().stream().map(Problem::element).toList());
    }

    @Test
    void missingTimesAreSkippedWhenCheckingTheOrder() {
        SprecFacts facts = serum().withCollected(COLLECTED).withFrozen(COLLECTED.minusSeconds(1));

        SprecRefused refused = assertThrows(SprecRefused.class, () -> SprecCoder.code(facts, Map.of()));

        assertEquals("sprec.times.frozenBeforeCollected", refused.problems().get(0).key());
    }

    @Test
    void simultaneousTimesAreInOrder() {
        SprecFacts facts = serum().withCollected(COLLECTED).withCentrifugation(COLLECTED, COLLECTED)
                .withFrozen(COLLECTED).withTemperatures(Temperature.REFRIGERATED, Temperature.REFRIGERATED);

        assertEquals("SER-SST-B-X-N-A-X", code(facts));
    }
}
