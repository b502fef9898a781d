package nl.databiobank.lims.sample.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import nl.databiobank.lims.sample.control.SprecSampleTypes.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SprecSampleTypesTest {

    @ParameterizedTest(name = "{0} is {1} in a {3} tube, spun {4} times")
    @CsvSource(nullValues = "-", value = {
            "WB_EDTA, BLD, FLUID, PED, 0",
            "SERUM, SER, FLUID, SST, 1",
            "PLASMA_EDTA, PL1, FLUID, PED, 1",
            "BUFFY_COAT, BFF, FLUID, PED, 1",
            "PBMC, CEL, FLUID, SHP, -",
            "URINE, URN, FLUID, PPS, 0",
            "SALIVA, SAL, FLUID, ORG, 0",
            "STOOL, STL, FLUID, PPS, 0",
            "BONE_MARROW, BMA, FLUID, PED, 0",
            "TISSUE_FF, TIS, SOLID_TISSUE, -, -",
            "FFPE_BLOCK, TIS, SOLID_TISSUE, -, -",
            "TISSUE_SLIDE, TIS, SOLID_TISSUE, -, -"})
    void theSeededSampleTypes(String ours, String sprecType, SprecMaterial material, String container,
                              Integer centrifugations) {
        assertEquals(Optional.of(new Entry(sprecType, material, container, centrifugations)),
                SprecSampleTypes.of(ours));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DNA", "RNA", "NO_SUCH_TYPE"})
    void extractsAndStrangersHaveNoSprecType(String ours) {
        assertTrue(SprecSampleTypes.of(ours).isEmpty());
        assertTrue(SprecSampleTypes.of(null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"WB_EDTA", "SERUM", "PLASMA_EDTA", "BUFFY_COAT", "PBMC", "URINE", "SALIVA", "STOOL",
            "BONE_MARROW", "TISSUE_FF", "FFPE_BLOCK", "TISSUE_SLIDE"})
    void everyTypeStartsACodeTheStandardAccepts(String ours) {
        SprecCode code = SprecCoder.code(SprecSampleTypes.of(ours).orElseThrow().facts(), Map.of());

        assertEquals(SprecSampleTypes.of(ours).orElseThrow().sprecType(), code.element(1).code());
    }

    @Test
    void wholeBloodStartsWithItsCentrifugationsNotApplicable() {
        SprecFacts facts = SprecSampleTypes.of("WB_EDTA").orElseThrow().facts();

        assertEquals("BLD-PED-X-N-N-N-X", SprecCoder.code(facts, Map.of()).value());
        assertNull(SprecSampleTypes.of("TISSUE_FF").orElseThrow().facts().collectionType());
    }
}
