package nl.databiobank.lims.consent.boundary;

import java.time.LocalDate;
import java.util.Set;
import nl.databiobank.lims.consent.entity.WithdrawalScope;

/**
 * Fired, inside the transaction that records a withdrawal, for the components that must act on it
 * (samples, storage, questionnaires, requests observe it with {@code @Observes}); an observer that
 * throws rolls the withdrawal back, so it is never half applied.
 *
 * @param itemsTakenBack the consent items taken back; empty when the scope applies to everything
 * @param endsParticipation true for a full withdrawal of use (the participant's status becomes withdrawn)
 */
public record ParticipantWithdrawn(long participantId, String pseudonym, long withdrawalId, WithdrawalScope scope,
                                   Set<String> itemsTakenBack, boolean endsParticipation, LocalDate withdrawnOn,
                                   String recordedBy, String reason) {

    /** Whether the withdrawal takes back {@code itemCode} (directly, or by taking back everything). */
    public boolean takesBack(String itemCode) {
        if (!itemsTakenBack.isEmpty()) {
            return itemsTakenBack.contains(itemCode);
        }
        return scope != WithdrawalScope.NO_FURTHER_CONTACT || "RECONTACT".equals(itemCode)
                || "QUESTIONNAIRES".equals(itemCode);
    }
}
