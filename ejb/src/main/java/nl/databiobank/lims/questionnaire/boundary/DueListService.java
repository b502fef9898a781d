package nl.databiobank.lims.questionnaire.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.TimePointStatus;

/** Who the research nurses should ask this week, optionally for one hospital or one cohort. */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.ADMIN})
public class DueListService {

    @PersistenceContext
    EntityManager em;

    /** The week runs Monday to Sunday; {@code hospital} and {@code cohort} narrow it when given. */
    public DueList dueList(LocalDate today, String hospital, String cohort) {
        LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<DueList.Entry> entries = em.createNamedQuery(ParticipantTimePoint.OPEN_BETWEEN,
                        ParticipantTimePoint.class)
                .setParameter("today", today).setParameter("until", weekEnd)
                .getResultStream()
                .filter(t -> isBlank(hospital) || t.getParticipant().getHospital().getCode().equalsIgnoreCase(hospital.trim()))
                .filter(t -> isBlank(cohort) || t.getParticipant().getCohort().equalsIgnoreCase(cohort.trim()))
                .map(t -> entry(t, today))
                .toList();
        Map<String, DueList.Counts> byHospital = new TreeMap<>();
        Map<String, DueList.Counts> byCohort = new TreeMap<>();
        DueList.Counts total = new DueList.Counts(0, 0);
        for (DueList.Entry entry : entries) {
            byHospital.merge(entry.hospital(), new DueList.Counts(0, 0).plus(entry.status()), DueListService::sum);
            byCohort.merge(entry.cohort(), new DueList.Counts(0, 0).plus(entry.status()), DueListService::sum);
            total = total.plus(entry.status());
        }
        return new DueList(today, weekEnd, entries, byHospital, byCohort, total);
    }

    // a window opening later this week is due this week too
    private static DueList.Entry entry(ParticipantTimePoint t, LocalDate today) {
        TimePointStatus status = t.statusOn(today) == TimePointStatus.OVERDUE ? TimePointStatus.OVERDUE
                : TimePointStatus.DUE;
        return new DueList.Entry(t.getParticipant().getPseudonym(), t.getParticipant().getHospital().getCode(),
                t.getParticipant().getCohort(), t.getPointCode(), t.getSchedulePoint().getLabel(),
                t.getQuestionnaireCode(), t.getTargetDate(), t.getWindowStart(), t.getWindowEnd(), status);
    }

    private static DueList.Counts sum(DueList.Counts a, DueList.Counts b) {
        return new DueList.Counts(a.due() + b.due(), a.overdue() + b.overdue());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
