package nl.databiobank.lims.questionnaire.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.questionnaire.control.ScheduleRules;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireSchedule;

/**
 * The schedules: one per cohort, and the standard for cohorts without their own. A schedule some
 * participant's time points were planned from is not changed: those dates were promised already.
 */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.RESEARCHER, Roles.ADMIN})
public class ScheduleService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<QuestionnaireSchedule> all() {
        return em.createNamedQuery(QuestionnaireSchedule.ALL, QuestionnaireSchedule.class).getResultList();
    }

    /** Defines the cohort's schedule, replacing its earlier one while no time point was planned from it. */
    @RolesAllowed(Roles.ADMIN)
    public QuestionnaireSchedule define(NewSchedule request) {
        String code = request.questionnaireCode() == null ? "" : request.questionnaireCode().trim().toUpperCase(Locale.ROOT);
        ScheduleRules.check(request, !em.createNamedQuery(Questionnaire.BY_CODE, Questionnaire.class)
                .setParameter("code", code).getResultList().isEmpty());
        String cohort = request.cohort() == null || request.cohort().isBlank() ? null : request.cohort().trim();
        existing(cohort).ifPresent(earlier -> {
            if (isInUse(earlier)) {
                throw new ConflictException("schedule.inUse", earlier.getName());
            }
            audit.becauseUnlessGiven("Schedule redefined before any time point was planned from it");
            earlier.getPoints().forEach(em::remove);
            em.remove(earlier);
            em.flush();
        });
        QuestionnaireSchedule schedule = new QuestionnaireSchedule(cohort, request.name().trim(), code,
                ScheduleRules.anchor(request.anchor()));
        request.points().forEach(p -> schedule.addPoint(p.code().trim().toUpperCase(Locale.ROOT), p.label().trim(),
                p.offsetMonths(), p.offsetDays() == null ? 0 : p.offsetDays(), p.windowBeforeDays(),
                p.windowAfterDays()));
        em.persist(schedule);
        UniqueConstraints.flush(em, "schedule.exists", cohort);
        return schedule;
    }

    private Optional<QuestionnaireSchedule> existing(String cohort) {
        return cohort == null
                ? em.createNamedQuery(QuestionnaireSchedule.STANDARD, QuestionnaireSchedule.class).getResultStream().findFirst()
                : em.createNamedQuery(QuestionnaireSchedule.OF_COHORT, QuestionnaireSchedule.class)
                        .setParameter("cohort", cohort).getResultStream().findFirst();
    }

    private boolean isInUse(QuestionnaireSchedule schedule) {
        return em.createQuery("select count(t) from ParticipantTimePoint t where t.schedulePoint.schedule = :schedule",
                Long.class).setParameter("schedule", schedule).getSingleResult() > 0;
    }
}
