package nl.databiobank.lims.questionnaire.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.questionnaire.control.AnswersRefused;
import nl.databiobank.lims.questionnaire.control.DefinitionWriter;
import nl.databiobank.lims.questionnaire.control.ItemRange;
import nl.databiobank.lims.questionnaire.control.ScaleKind;
import nl.databiobank.lims.questionnaire.control.ScaleRule;
import nl.databiobank.lims.questionnaire.control.Scores;
import nl.databiobank.lims.questionnaire.control.ScoringDefinition;
import nl.databiobank.lims.questionnaire.control.ScoringEngine;
import nl.databiobank.lims.questionnaire.control.SummaryRule;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireScale;

/** Questionnaire definitions, and scoring answers by them: a pure calculation any signed-in user may ask for. */
@Stateless
@PermitAll
public class QuestionnaireService {

    @PersistenceContext
    EntityManager em;

    /** The newest version of a questionnaire; 404 when there is none. */
    public Questionnaire current(String code) {
        String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return em.createNamedQuery(Questionnaire.BY_CODE, Questionnaire.class).setParameter("code", wanted)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("questionnaire.unknown", wanted));
    }

    /**
     * A definition as JSON, the shape an administrator loads: the newest version, or {@code version}
     * when given; 404 when there is none.
     */
    public JsonObject json(String code, String version) {
        if (version == null || version.isBlank()) {
            return DefinitionWriter.json(current(code));
        }
        String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return em.createNamedQuery(Questionnaire.BY_CODE_AND_VERSION, Questionnaire.class)
                .setParameter("code", wanted).setParameter("version", version.strip())
                .getResultStream().findFirst().map(DefinitionWriter::json)
                .orElseThrow(() -> new UnknownEntityException("questionnaire.definition.unknown", wanted, version.strip()));
    }

    public List<Questionnaire> all() {
        return em.createNamedQuery(Questionnaire.ALL, Questionnaire.class).getResultList();
    }

    /** Every scale of the questionnaire, scored; 400 naming each item ({@code answers.31}) that is not answerable. */
    public Scores score(String code, Map<Integer, Integer> answers) {
        ScoringDefinition definition = definition(current(code));
        try {
            return ScoringEngine.score(definition, answers);
        } catch (AnswersRefused refused) {
            throw new InvalidInputException(refused.problems().stream()
                    .map(p -> new FieldError("answers." + p.item(), p.key(), p.arguments())).toList());
        }
    }

    /** What the engine needs of a stored definition. */
    static ScoringDefinition definition(Questionnaire questionnaire) {
        List<ItemRange> items = questionnaire.getItems().stream()
                .map(i -> new ItemRange(i.getNumber(), i.getMinAnswer(), i.getMaxAnswer())).toList();
        List<ScaleRule> scales = questionnaire.getScales().stream()
                .map(s -> new ScaleRule(s.getCode(), ScaleKind.valueOf(s.getKind()), s.getItems())).toList();
        SummaryRule summary = questionnaire.getSummaryCode() == null ? null
                : new SummaryRule(questionnaire.getSummaryCode(), inSummary(questionnaire, "AS_IS"),
                        inSummary(questionnaire, "INVERTED"));
        return new ScoringDefinition(questionnaire.getCode(), questionnaire.getDefinitionVersion(), items, scales,
                summary);
    }

    private static List<String> inSummary(Questionnaire questionnaire, String how) {
        return questionnaire.getScales().stream().filter(s -> how.equals(s.getInSummary()))
                .map(QuestionnaireScale::getCode).toList();
    }
}
