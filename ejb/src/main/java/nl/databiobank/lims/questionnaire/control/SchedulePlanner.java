package nl.databiobank.lims.questionnaire.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireSchedule;
import nl.databiobank.lims.questionnaire.entity.ScheduleAnchor;
import nl.databiobank.lims.questionnaire.entity.SchedulePoint;

/**
 * Plans, stops and moves a participant's time points: the one place that decides when someone is
 * asked. Runs inside the transaction of whatever caused it (a consent, a withdrawal, a treatment start).
 */
@ApplicationScoped
public class SchedulePlanner {

    public static final String QUESTIONNAIRES = "QUESTIONNAIRES";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The cohort's own schedule, or else the standard one; empty when the biobank has neither. */
    public Optional<QuestionnaireSchedule> scheduleOf(String cohort) {
        Optional<QuestionnaireSchedule> own = em.createNamedQuery(QuestionnaireSchedule.OF_COHORT,
                QuestionnaireSchedule.class).setParameter("cohort", cohort).getResultStream().findFirst();
        return own.or(() -> em.createNamedQuery(QuestionnaireSchedule.STANDARD, QuestionnaireSchedule.class)
                .getResultStream().findFirst());
    }

    /**
     * Follows the participant's consent as it stands on {@code today}: covered for questionnaires →
     * the schedule's time points not planned yet, from the day of that consent on; not covered → the
     * remaining ones stop.
     */
    public void followConsent(Participant participant, LocalDate today) {
        if (participant.isWithdrawn()) {
            return;
        }
        if (coversQuestionnaires(participant, today)) {
            plan(participant, latestConsentSignedOn(participant));
        } else {
            stopRemaining(participant, today, "The current consent does not cover questionnaires");
        }
    }

    /** The anchor date moved (a treatment start recorded or corrected): points not yet planned follow, open ones move. */
    public void reanchor(Participant participant, LocalDate today) {
        Optional<QuestionnaireSchedule> schedule = scheduleOf(participant.getCohort());
        if (schedule.isEmpty() || schedule.get().getAnchor() != ScheduleAnchor.TREATMENT_START) {
            return;
        }
        LocalDate anchor = participant.getTreatmentStart().orElseThrow();
        audit.becauseUnlessGiven("The treatment start moves the time points counted from it");
        timePoints(participant).stream()
                .filter(t -> t.getResponse().isEmpty() && t.getStoppedOn().isEmpty())
                .forEach(t -> t.reanchor(anchor));
        followConsent(participant, today);
    }

    /** Stops every time point whose window has not closed on {@code on} and that is not answered. */
    public int stopRemaining(Participant participant, LocalDate on, String reason) {
        List<ParticipantTimePoint> remaining = timePoints(participant).stream().filter(t -> t.isAheadOn(on)).toList();
        if (!remaining.isEmpty()) {
            audit.becauseUnlessGiven(reason);
        }
        remaining.forEach(t -> t.stop(on, reason));
        return remaining.size();
    }

    private void plan(Participant participant, LocalDate startedOn) {
        Optional<QuestionnaireSchedule> schedule = scheduleOf(participant.getCohort());
        if (schedule.isEmpty()) {
            return;
        }
        Optional<LocalDate> anchor = anchorOf(participant, schedule.get().getAnchor());
        if (anchor.isEmpty()) {
            return; // waits for the treatment start
        }
        Set<String> planned = timePoints(participant).stream().map(ParticipantTimePoint::getPointCode)
                .collect(Collectors.toSet());
        for (SchedulePoint point : TimePointPlan.pointsToPlan(schedule.get(), anchor.get(), startedOn)) {
            if (!planned.contains(point.getCode())) {
                em.persist(new ParticipantTimePoint(participant, point, anchor.get()));
            }
        }
    }

    static Optional<LocalDate> anchorOf(Participant participant, ScheduleAnchor anchor) {
        return anchor == ScheduleAnchor.DIAGNOSIS ? Optional.of(participant.getDiagnosis().date())
                : participant.getTreatmentStart();
    }

    private List<ParticipantTimePoint> timePoints(Participant participant) {
        return em.createNamedQuery(ParticipantTimePoint.OF_PARTICIPANT, ParticipantTimePoint.class)
                .setParameter("participant", participant).getResultList();
    }

    private boolean coversQuestionnaires(Participant participant, LocalDate day) {
        em.flush();
        Object covered = em.createNativeQuery("SELECT consent_covers(?1, ARRAY['" + QUESTIONNAIRES + "'], ?2)")
                .setParameter(1, participant.getId()).setParameter(2, java.sql.Date.valueOf(day)).getSingleResult();
        return Boolean.TRUE.equals(covered);
    }

    private LocalDate latestConsentSignedOn(Participant participant) {
        return em.createQuery("select max(c.signedOn) from Consent c where c.participant = :participant",
                LocalDate.class).setParameter("participant", participant).getSingleResult();
    }
}
