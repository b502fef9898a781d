package nl.databiobank.lims.participant.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.databiobank.lims.consent.boundary.ParticipantWithdrawn;
import nl.databiobank.lims.participant.entity.Participant;

/**
 * The participant's side of a withdrawal: a full withdrawal of use ends the participation. An
 * observer like those of samples, questionnaires and requests, in the withdrawal's transaction.
 */
@ApplicationScoped
public class WithdrawalEffects {

    @PersistenceContext
    EntityManager em;

    void onWithdrawal(@Observes ParticipantWithdrawn withdrawal) {
        if (withdrawal.endsParticipation()) {
            em.find(Participant.class, withdrawal.participantId()).withdraw(withdrawal.withdrawnOn());
        }
    }
}
