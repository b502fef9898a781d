package nl.databiobank.lims.questionnaire.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.participant.boundary.ParticipantService;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.questionnaire.control.ResponseRules;
import nl.databiobank.lims.questionnaire.control.ScoringEngine;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireResponse;

/**
 * A participant's time points and the paper questionnaires the nurses enter for them: the scores are
 * computed and stored with the answers, and computed again when a correction changes the answers.
 */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.ADMIN})
public class ResponseService {

    @PersistenceContext
    EntityManager em;

    @EJB
    ParticipantService participants;

    @EJB
    QuestionnaireService questionnaires;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** Every planned time point of the participant, earliest first, with its response where there is one. */
    public List<ParticipantTimePoint> timePoints(String pseudonym) {
        return timePoints(participants.byPseudonym(pseudonym));
    }

    public QuestionnaireResponse record(String pseudonym, String pointCode, LocalDate completedOn,
                                        Map<Integer, Integer> answers) {
        ParticipantTimePoint timePoint = timePoint(pseudonym, pointCode);
        if (timePoint.getResponse().isPresent()) {
            throw new ConflictException("questionnaire.response.exists", timePoint.getPointCode());
        }
        Questionnaire questionnaire = questionnaires.current(timePoint.getQuestionnaireCode());
        check(timePoint, completedOn, answers, questionnaire);
        QuestionnaireResponse response = new QuestionnaireResponse(timePoint, questionnaire, completedOn,
                answered(answers), scores(questionnaire, answers), caller(), Instant.now(clock));
        em.persist(response);
        UniqueConstraints.flush(em, "questionnaire.response.exists", timePoint.getPointCode());
        return response;
    }

    /** New answers replace the earlier ones, which stay in the audit trail with the reason. */
    public QuestionnaireResponse correct(String pseudonym, String pointCode, LocalDate completedOn,
                                         Map<Integer, Integer> answers, String reason) {
        ParticipantTimePoint timePoint = timePoint(pseudonym, pointCode);
        QuestionnaireResponse response = timePoint.getResponse().orElseThrow(
                () -> new UnknownEntityException("questionnaire.response.unknown", timePoint.getPointCode()));
        FieldErrors errors = new FieldErrors();
        errors.require(reason != null && !reason.isBlank(), "reason", "field.required");
        errors.requireAtMost(reason, 500, "reason");
        errors.throwIfAny();
        check(timePoint, completedOn, answers, response.getQuestionnaire());
        audit.because(reason.trim());
        response.correct(completedOn, answered(answers), scores(response.getQuestionnaire(), answers), caller(),
                Instant.now(clock));
        return response;
    }

    private void check(ParticipantTimePoint timePoint, LocalDate completedOn, Map<Integer, Integer> answers,
                       Questionnaire questionnaire) {
        List<FieldError> problems = ResponseRules.problems(timePoint, completedOn, answers,
                QuestionnaireService.definition(questionnaire), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private ParticipantTimePoint timePoint(String pseudonym, String pointCode) {
        String wanted = pointCode == null ? "" : pointCode.trim().toUpperCase(Locale.ROOT);
        return timePoints(participants.byPseudonym(pseudonym)).stream()
                .filter(t -> t.getPointCode().equals(wanted)).findFirst()
                .orElseThrow(() -> new UnknownEntityException("questionnaire.timePoint.unknown", wanted));
    }

    private List<ParticipantTimePoint> timePoints(Participant participant) {
        return em.createNamedQuery(ParticipantTimePoint.OF_PARTICIPANT, ParticipantTimePoint.class)
                .setParameter("participant", participant).getResultList();
    }

    static Map<String, BigDecimal> scores(Questionnaire questionnaire, Map<Integer, Integer> answers) {
        Map<String, BigDecimal> present = new HashMap<>();
        ScoringEngine.score(QuestionnaireService.definition(questionnaire), answers).rounded(2)
                .forEach((scale, score) -> {
                    if (score != null) {
                        present.put(scale, score);
                    }
                });
        return present;
    }

    private static Map<Integer, Integer> answered(Map<Integer, Integer> answers) {
        Map<Integer, Integer> answered = new HashMap<>();
        answers.forEach((item, answer) -> {
            if (answer != null) {
                answered.put(item, answer);
            }
        });
        return answered;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
