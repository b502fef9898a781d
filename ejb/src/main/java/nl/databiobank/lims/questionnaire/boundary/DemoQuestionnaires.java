package nl.databiobank.lims.questionnaire.boundary;

import static java.time.temporal.ChronoUnit.DAYS;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import nl.databiobank.lims.participant.boundary.ParticipantService;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.LimsConfig;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;

/**
 * Demo mode: the haematology cohort's own schedule (counted from the start of treatment) before the
 * demo participants arrive, and afterwards their treatment starts and completed questionnaires
 * through the nurses' services: most past time points answered, some missed, some due or overdue.
 * Each participant has a wellbeing of their own that dips during treatment and recovers, so scores
 * differ between patients and change over time. A fixed seed makes every demo the same.
 */
@Stateless
@RunAs(Roles.ADMIN)
public class DemoQuestionnaires {

    private static final Logger LOG = Logger.getLogger(DemoQuestionnaires.class.getName());
    static final String TREATMENT_COHORT = "Haematology";
    private static final long SEED = 30_2026L;

    @PersistenceContext
    EntityManager em;

    @EJB
    ScheduleService schedules;

    @EJB
    ResponseService responses;

    @EJB
    QuestionnaireService questionnaires;

    @EJB
    ParticipantService participants;

    @Inject
    LimsConfig config;

    Clock clock = Clock.systemDefaultZone();

    /** Before the demo participants: their time points are planned when their consent is recorded. */
    public void createSchedulesOnFirstStart() {
        if (!config.demoMode() || count("select count(p) from Participant p") > 0
                || count("select count(s) from QuestionnaireSchedule s where s.cohort is not null") > 0) {
            return;
        }
        schedules.define(new NewSchedule(TREATMENT_COHORT, "Haematology: from the start of treatment", "QLQ-C30",
                "TREATMENT_START", List.of(
                        new NewSchedule.Point("T0", "Before the first cycle", 0, 0, 14, 3),
                        new NewSchedule.Point("M3", "3 months", 3, 0, 14, 14),
                        new NewSchedule.Point("M6", "6 months", 6, 0, 14, 28),
                        new NewSchedule.Point("M12", "12 months", 12, 0, 28, 28),
                        new NewSchedule.Point("M24", "24 months", 24, 0, 28, 28),
                        new NewSchedule.Point("Y3", "3 years", 36, 0, 42, 42),
                        new NewSchedule.Point("Y5", "5 years", 60, 0, 42, 42))));
    }

    /** After the demo participants: treatment starts, then the answered questionnaires. */
    public void createResponsesOnFirstStart() {
        if (!config.demoMode() || count("select count(r) from QuestionnaireResponse r") > 0) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(SEED);
        for (Participant participant : em.createQuery("select p from Participant p where p.cohort = :cohort"
                + " order by p.pseudonym", Participant.class).setParameter("cohort", TREATMENT_COHORT).getResultList()) {
            LocalDate diagnosed = participant.getDiagnosis().date();
            LocalDate start = diagnosed.plusDays(14 + random.nextInt(22));
            participants.recordTreatmentStart(participant.getPseudonym(), start.isAfter(today) ? today : start, null);
        }
        em.flush();
        Map<Integer, int[]> ranges = ranges(questionnaires.current("QLQ-C30"));
        int answered = 0;
        double wellbeing = 0;
        String current = "";
        for (ParticipantTimePoint point : em.createQuery("select t from ParticipantTimePoint t join t.participant p"
                + " order by p.pseudonym, t.targetDate", ParticipantTimePoint.class).getResultList()) {
            if (!point.getParticipant().getPseudonym().equals(current)) {
                current = point.getParticipant().getPseudonym();
                wellbeing = 0.35 + random.nextDouble() * 0.45;
            }
            if (point.getStoppedOn().isPresent() || point.getWindowStart().isAfter(today)) {
                continue;
            }
            boolean windowClosed = point.getWindowEnd().isBefore(today);
            if (random.nextDouble() >= (windowClosed ? 0.85 : 0.4)) {
                continue; // missed, or still to come in this week's list
            }
            double level = Math.max(0.05, Math.min(0.95, wellbeing + trend(point.getPointCode())
                    + random.nextGaussian() * 0.05));
            responses.record(current, point.getPointCode(), completedOn(point, today, random),
                    answers(ranges, level, random));
            answered++;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int total = answered;
        LOG.info(() -> "Demo mode: recorded " + total + " completed questionnaires in " + millis + " ms");
    }

    /** Worse during treatment, better as the years pass. */
    private static double trend(String pointCode) {
        return switch (pointCode) {
            case "T0" -> 0;
            case "M3" -> -0.18;
            case "M6" -> -0.08;
            case "M12" -> 0.02;
            default -> 0.08;
        };
    }

    // most forms come back around the target day, never after today
    private static LocalDate completedOn(ParticipantTimePoint point, LocalDate today, Random random) {
        LocalDate latest = point.getWindowEnd().isAfter(today) ? today : point.getWindowEnd();
        long span = DAYS.between(point.getWindowStart(), latest);
        return point.getWindowStart().plusDays(span <= 0 ? 0 : random.nextInt((int) span + 1));
    }

    /** Symptoms and limitations (1 = not at all) grow as wellbeing falls; global health (1 = very poor) follows it. */
    private static Map<Integer, Integer> answers(Map<Integer, int[]> ranges, double level, Random random) {
        Map<Integer, Integer> answers = new java.util.HashMap<>();
        ranges.forEach((item, range) -> {
            if (random.nextDouble() < 0.02) {
                return; // now and then a question is skipped
            }
            int steps = range[1] - range[0];
            double position = range[1] > 4 ? level : 1 - level;
            double noisy = Math.max(0, Math.min(1, position + random.nextGaussian() * 0.18));
            answers.put(item, range[0] + (int) Math.round(noisy * steps));
        });
        return answers;
    }

    private static Map<Integer, int[]> ranges(Questionnaire questionnaire) {
        Map<Integer, int[]> ranges = new java.util.TreeMap<>();
        questionnaire.getItems().forEach(i -> ranges.put(i.getNumber(), new int[] {i.getMinAnswer(), i.getMaxAnswer()}));
        return ranges;
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
