package nl.databiobank.lims.study.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityCheckTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void withEveryKeyInPlaceASampleIsEligible() {
        Eligibility all = EligibilityCheck.of(facts(true, true, true, Set.of(), false, true, BigDecimal.ONE));
        assertTrue(all.eligible());
        assertEquals(List.of(), all.reasons());
    }

    @Test
    void everyMissingKeyIsNamedInTheOrderOfTheRule() {
        Eligibility none = EligibilityCheck.of(new EligibilityFacts(false, false, false, "DNA", Set.of("SERUM"),
                Set.of("TISSUE", "GENETIC_RESEARCH"), true, false, new BigDecimal("0.1"), HALF));
        assertFalse(none.eligible());
        assertEquals(List.of("REQUEST_NOT_APPROVED", "PHYSICIAN_AGREEMENT_MISSING", "APPROVAL_NOT_VALID",
                "SAMPLE_TYPE_NOT_IN_SCOPE", "CONSENT_MISSING:GENETIC_RESEARCH", "CONSENT_MISSING:TISSUE",
                "PARTICIPANT_WITHDRAWN", "SAMPLE_NOT_AVAILABLE", "INSUFFICIENT_QUANTITY"), none.reasons());
    }

    @Test
    void exactlyTheMinimumIsEnough() {
        assertTrue(EligibilityCheck.of(facts(true, true, true, Set.of(), false, true, HALF)).eligible());
        assertEquals(List.of("INSUFFICIENT_QUANTITY"), EligibilityCheck.of(facts(true, true, true, Set.of(), false, true,
                new BigDecimal("0.499"))).reasons());
    }

    @Test
    void onlyThePhysiciansKeyMayBeMissingAtAllocation() {
        assertTrue(EligibilityCheck.allowsAllocation(EligibilityCheck.of(
                facts(true, false, true, Set.of(), false, true, BigDecimal.ONE))));
        assertFalse(EligibilityCheck.allowsAllocation(EligibilityCheck.of(
                facts(true, false, true, Set.of("BLOOD"), false, true, BigDecimal.ONE))));
        assertFalse(EligibilityCheck.allowsAllocation(EligibilityCheck.of(
                facts(false, true, true, Set.of(), false, true, BigDecimal.ONE))));
    }

    private static EligibilityFacts facts(boolean approved, boolean agreed, boolean valid, Set<String> missing,
                                          boolean withdrawn, boolean available, BigDecimal remaining) {
        return new EligibilityFacts(approved, agreed, valid, "SERUM", Set.of("SERUM", "PLASMA_EDTA"), missing,
                withdrawn, available, remaining, HALF);
    }
}
