package nl.databiobank.lims.questionnaire.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import nl.databiobank.lims.consent.boundary.ConsentRecorded;
import nl.databiobank.lims.consent.boundary.ParticipantWithdrawn;
import nl.databiobank.lims.participant.boundary.ParticipantDied;
import nl.databiobank.lims.participant.boundary.TreatmentStartRecorded;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.questionnaire.control.SchedulePlanner;

/**
 * The questionnaires' side of what happens to a participant, in the same transaction: a consent
 * covering questionnaires starts the schedule, a withdrawal from them stops what remains, a treatment
 * start moves the schedules that count from it, a death stops everything.
 */
@ApplicationScoped
public class ScheduleEffects {

    @PersistenceContext
    EntityManager em;

    @Inject
    SchedulePlanner planner;

    Clock clock = Clock.systemDefaultZone();

    void onConsent(@Observes ConsentRecorded consent) {
        planner.followConsent(em.find(Participant.class, consent.participantId()), LocalDate.now(clock));
    }

    void onWithdrawal(@Observes ParticipantWithdrawn withdrawal) {
        if (withdrawal.takesBack(SchedulePlanner.QUESTIONNAIRES)) {
            planner.stopRemaining(em.find(Participant.class, withdrawal.participantId()), withdrawal.withdrawnOn(),
                    "Withdrawal (" + withdrawal.scope() + ")");
        }
    }

    // no questionnaire may reach the family of someone who died
    void onDeath(@Observes ParticipantDied death) {
        planner.stopRemaining(em.find(Participant.class, death.participantId()), death.diedOn(), "Deceased");
    }

    void onTreatmentStart(@Observes TreatmentStartRecorded started) {
        planner.reanchor(em.find(Participant.class, started.participantId()), LocalDate.now(clock));
    }
}
