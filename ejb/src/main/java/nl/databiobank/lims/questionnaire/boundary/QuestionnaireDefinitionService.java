package nl.databiobank.lims.questionnaire.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.questionnaire.control.DefinitionCheck;
import nl.databiobank.lims.questionnaire.control.DefinitionDraft;
import nl.databiobank.lims.questionnaire.control.DefinitionReader;
import nl.databiobank.lims.questionnaire.control.DefinitionWriter;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireItem;

/**
 * The administrator's questionnaire definitions, loaded as JSON (a file, the page's editor or
 * {@code POST /api/questionnaires}). A definition in use (a response was recorded by it) is never
 * changed: a change is a new version. The same version again replaces it while no response uses it,
 * all of it or nothing; its wording per language (the biobank's licensed translation, not part of
 * the definition) may change at any time.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class QuestionnaireDefinitionService {

    static final String IN_USE = "questionnaire.inUse";
    static final String CAME_INTO_USE = "questionnaire.inUse.meanwhile";
    static final String VERSION_TAKEN = "questionnaire.definition.versionTaken";
    static final String UNKNOWN_VERSION = "questionnaire.definition.unknown";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Every version of every questionnaire, with how many responses use it. */
    public List<DefinitionOverview> overview() {
        // counted one by one: two counts over joins in one query would multiply each other
        List<?> rows = em.createNativeQuery("""
                SELECT q.id, q.code, q.definition_version, q.title,
                       (SELECT count(*) FROM questionnaire_item i WHERE i.questionnaire_id = q.id),
                       (SELECT count(*) FROM questionnaire_scale s WHERE s.questionnaire_id = q.id),
                       (SELECT count(*) FROM questionnaire_response r WHERE r.questionnaire_id = q.id)
                  FROM questionnaire q
                 ORDER BY q.code, q.created_at, q.id""").getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new DefinitionOverview(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                        ((Number) r[6]).longValue()))
                .toList();
    }

    /** One version with its items, scales and wording; 404 when there is none. */
    public Questionnaire get(String code, String version) {
        Questionnaire questionnaire = find(code, version, LockModeType.NONE)
                .orElseThrow(() -> new UnknownEntityException(UNKNOWN_VERSION, code, version));
        questionnaire.getItems().forEach(item -> item.getTexts().size()); // the wording, for the page
        return questionnaire;
    }

    /** One version as JSON, as it can be loaded again. */
    public JsonObject json(String code, String version) {
        return DefinitionWriter.json(get(code, version));
    }

    /** How many responses use the definition; one that any uses is never changed. */
    public long responses(long questionnaireId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM questionnaire_response WHERE questionnaire_id = ?1")
                .setParameter(1, questionnaireId).getSingleResult()).longValue();
    }

    /** Loads the JSON text of a definition (an uploaded file, the page's editor); see {@link #load(JsonObject, String)}. */
    public DefinitionLoaded load(String json, String reason) {
        return load(DefinitionReader.parse(json), reason);
    }

    /**
     * Loads a definition: a new code or version is added; the same version, changed, replaces the
     * stored one unless a response uses it (409: give a new version); the same definition with other
     * wording takes the wording; the same again changes nothing. A 400 names every bad field.
     *
     * @param reason why, for the audit trail when a version is replaced or reworded; optional
     */
    public DefinitionLoaded load(JsonObject json, String reason) {
        if (json == null) {
            throw new InvalidInputException("body", "field.required");
        }
        DefinitionReader.Reading reading = DefinitionReader.read(json);
        List<FieldError> problems = DefinitionCheck.problems(reading);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DefinitionDraft draft = reading.draft();
        // Locked, so that a response recorded meanwhile (its foreign key takes a share lock on this
        // row) waits for the replacement, or the replacement sees the response.
        Optional<Questionnaire> stored = find(draft.code(), draft.version(), LockModeType.PESSIMISTIC_WRITE);
        if (stored.isEmpty()) {
            return loaded(create(draft), DefinitionLoaded.Outcome.CREATED);
        }
        Questionnaire questionnaire = stored.get();
        if (!draft.definesTheSameAs(DefinitionDraft.of(questionnaire))) {
            replace(questionnaire, draft, reason);
            return loaded(questionnaire, DefinitionLoaded.Outcome.REPLACED);
        }
        if (draft.wording().equals(DefinitionDraft.of(questionnaire).wording())) {
            return loaded(questionnaire, DefinitionLoaded.Outcome.UNCHANGED);
        }
        audit.because(given(reason, "wording of the items loaded"));
        reword(questionnaire, draft);
        em.flush();
        return loaded(questionnaire, DefinitionLoaded.Outcome.REWORDED);
    }

    private Questionnaire create(DefinitionDraft draft) {
        Questionnaire questionnaire = new Questionnaire(draft.code(), draft.version(), draft.title(), draft.summary(),
                Instant.now());
        addItemsAndScales(questionnaire, draft);
        em.persist(questionnaire);
        // two administrators loading the same new version at once: the unique constraint decides
        UniqueConstraints.flush(em, VERSION_TAKEN, draft.code(), draft.version());
        return questionnaire;
    }

    private void replace(Questionnaire questionnaire, DefinitionDraft draft, String reason) {
        long responses = responses(questionnaire.getId());
        if (responses > 0) {
            throw new ConflictException(IN_USE, questionnaire.getCode(), questionnaire.getDefinitionVersion(), responses);
        }
        audit.because(given(reason, "replaced by a new upload of the same version; no response used it"));
        questionnaire.takeOutItemsAndScales().forEach(em::remove);
        // the old rows go first: the new ones take the same item numbers and scale codes
        flushUnlessInUse(questionnaire);
        questionnaire.retitle(draft.title(), draft.summary());
        addItemsAndScales(questionnaire, draft);
        flushUnlessInUse(questionnaire);
    }

    private static void addItemsAndScales(Questionnaire questionnaire, DefinitionDraft draft) {
        draft.items().forEach(item -> questionnaire.addItem(item.number(), item.min(), item.max(), item.label())
                .reword(item.texts()));
        draft.scales().forEach(scale -> questionnaire.addScale(scale.code(), scale.kind(), scale.label(),
                scale.inSummary(), scale.items()));
    }

    private void reword(Questionnaire questionnaire, DefinitionDraft draft) {
        Map<Integer, Map<String, String>> wording = draft.wording();
        for (QuestionnaireItem item : questionnaire.getItems()) {
            item.reword(wording.getOrDefault(item.getNumber(), Map.of())).forEach(em::remove);
        }
    }

    /** The database's trigger has the last word on a definition in use (a response by hand, say). */
    private void flushUnlessInUse(Questionnaire questionnaire) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the transaction is lost now: no count of the responses, only what to do
            throw new ConflictException(CAME_INTO_USE, questionnaire.getCode(), questionnaire.getDefinitionVersion());
        }
    }

    private DefinitionLoaded loaded(Questionnaire questionnaire, DefinitionLoaded.Outcome outcome) {
        return new DefinitionLoaded(questionnaire.getCode(), questionnaire.getDefinitionVersion(), outcome,
                DefinitionWriter.json(questionnaire));
    }

    private Optional<Questionnaire> find(String code, String version, LockModeType lock) {
        return em.createNamedQuery(Questionnaire.BY_CODE_AND_VERSION, Questionnaire.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .setParameter("version", version == null ? "" : version.strip())
                .setLockMode(lock).getResultStream().findFirst();
    }

    private static String given(String reason, String otherwise) {
        return reason == null || reason.isBlank() ? otherwise : reason.strip();
    }
}
