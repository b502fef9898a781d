package nl.databiobank.lims.study.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.study.boundary.NewApproval;
import org.junit.jupiter.api.Test;

class ApprovalCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Set<String> TYPES = Set.of("SERUM", "DNA");
    private static final Set<String> ITEMS = Set.of("BLOOD", "GENETIC_RESEARCH");

    @Test
    void aCompleteApprovalPasses() {
        assertDoesNotThrow(() -> check(new NewApproval("METc UMCG", "2026/1", TODAY, TODAY, TODAY, null, 10, null,
                List.of("serum", " DNA "), List.of("BLOOD"), List.of("SEX"))));
    }

    @Test
    void everyProblemIsNamedByItsField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> check(new NewApproval(" ", null,
                TODAY.plusDays(1), TODAY, TODAY.minusDays(1), null, 0, -3,
                List.of("SERUM", "URINE", "serum"), List.of("TISSUE"), List.of("NAME"))));

        assertEquals(List.of("committee", "referenceNumber", "decisionDate", "validFrom", "validUntil",
                        "maxParticipants", "maxSamples", "scope.sampleTypes[1]", "scope.sampleTypes[2]",
                        "scope.consentItems[0]", "scope.dataItems[0]"),
                refused.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void atLeastOneSampleType() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> check(new NewApproval("METc",
                "1", TODAY, TODAY, TODAY, null, null, null, null, null, null)));
        assertEquals(List.of("scope.sampleTypes"), refused.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void codesAreStoredTrimmedInCapitalsOnce() {
        assertEquals(List.of("SERUM", "DNA"), ApprovalCheck.normalised(List.of(" serum", "DNA", "Serum")));
    }

    private static void check(NewApproval approval) {
        ApprovalCheck.check(approval, TODAY, TYPES::contains, ITEMS::contains);
    }
}
