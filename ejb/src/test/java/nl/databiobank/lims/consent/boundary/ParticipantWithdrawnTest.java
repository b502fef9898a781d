package nl.databiobank.lims.consent.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import nl.databiobank.lims.consent.entity.WithdrawalScope;
import org.junit.jupiter.api.Test;

/** What an observer (samples, questionnaires, requests) reads from the event to decide what to do. */
class ParticipantWithdrawnTest {

    private static ParticipantWithdrawn event(WithdrawalScope scope, Set<String> items) {
        return new ParticipantWithdrawn(7, "P000007X", 3, scope, items,
                items.isEmpty() && scope != WithdrawalScope.NO_FURTHER_CONTACT, LocalDate.of(2026, 11, 1), "nurse", "why");
    }

    @Test
    void noFurtherContactStopsQuestionnairesAndRecontactOnly() {
        ParticipantWithdrawn event = event(WithdrawalScope.NO_FURTHER_CONTACT, Set.of());
        assertTrue(event.takesBack("QUESTIONNAIRES"));
        assertTrue(event.takesBack("RECONTACT"));
        assertFalse(event.takesBack("TISSUE"), "stored material may still be used");
        assertFalse(event.endsParticipation());
    }

    @Test
    void aFullWithdrawalTakesBackEverythingAndSaysWhetherToDestroy() {
        ParticipantWithdrawn event = event(WithdrawalScope.DESTROY_MATERIAL, Set.of());
        assertTrue(event.takesBack("TISSUE") && event.takesBack("BLOOD") && event.takesBack("QUESTIONNAIRES"));
        assertTrue(event.endsParticipation());
        assertTrue(event.scope().destroysMaterial());
    }

    @Test
    void aPartialWithdrawalTakesBackOnlyItsItems() {
        ParticipantWithdrawn event = event(WithdrawalScope.NO_FURTHER_USE, Set.of("GENETIC_RESEARCH"));
        assertTrue(event.takesBack("GENETIC_RESEARCH"));
        assertFalse(event.takesBack("TISSUE"));
        assertFalse(event.endsParticipation());
    }
}
