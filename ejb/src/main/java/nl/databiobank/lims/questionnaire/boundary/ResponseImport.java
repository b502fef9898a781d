package nl.databiobank.lims.questionnaire.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.ImportRefused;
import nl.databiobank.lims.platform.boundary.ImportReport;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.control.XlsxSheetReader;
import nl.databiobank.lims.questionnaire.control.ResponseImportCheck;
import nl.databiobank.lims.questionnaire.control.ResponseImportTemplate;
import nl.databiobank.lims.questionnaire.control.ScoringDefinition;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireItem;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireResponse;

/**
 * Import of paper questionnaires from an .xlsx (one row per response), all or nothing (DESIGN.md
 * rule 8): every row is checked first, by the rules of entry ({@code ResponseRules}) and those of a
 * sheet ({@link ResponseImportCheck}), and one bad cell anywhere refuses the whole file with a report
 * of every bad cell. Only a clean file is saved, with its scores, in this one transaction.
 */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.ADMIN})
public class ResponseImport {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** A year of paper forms of a large hospital; larger backlogs are imported in parts. */
    public static final int MAX_ROWS = 10_000;

    static final String REFUSED = "questionnaireImport.refused";

    @PersistenceContext
    EntityManager em;

    @EJB
    QuestionnaireService questionnaires;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /**
     * @throws ImportRefused when any row is bad; then nothing is saved
     * @throws InvalidInputException (field {@code file}) for a file that is missing, too large, no .xlsx or empty
     */
    public ImportReport importResponses(String code, byte[] xlsx) {
        requireWithinLimits(xlsx);
        Questionnaire questionnaire = questionnaires.current(code);
        ResponseImportCheck check = new ResponseImportCheck(QuestionnaireService.definition(questionnaire),
                new DatabaseLookup(), LocalDate.now(clock), MAX_ROWS);
        XlsxSheetReader.read(new ByteArrayInputStream(xlsx), check);
        if (!check.errors().isEmpty()) {
            throw new ImportRefused(REFUSED, check.errors());
        }
        if (check.accepted().isEmpty()) {
            throw new InvalidInputException("file", "questionnaireImport.file.noRows");
        }
        String caller = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock);
        for (ResponseImportCheck.Accepted row : check.accepted()) {
            em.persist(new QuestionnaireResponse(row.timePoint(), questionnaire, row.completedOn(), row.answers(),
                    ResponseService.scores(questionnaire, row.answers()), caller, now));
        }
        // someone entering one of these time points meanwhile: the database's unique constraint decides
        UniqueConstraints.flush(em, "questionnaireImport.conflict");
        return new ImportReport(check.accepted().size());
    }

    /** The sheet to fill in for the newest version of questionnaire {@code code}, with one example row. */
    public byte[] template(String code) {
        Questionnaire questionnaire = questionnaires.current(code);
        ScoringDefinition definition = QuestionnaireService.definition(questionnaire);
        Map<Integer, String> labels = new HashMap<>();
        for (QuestionnaireItem item : questionnaire.getItems()) {
            if (item.getLabel() != null) {
                labels.put(item.getNumber(), item.getLabel());
            }
        }
        return ResponseImportTemplate.of(definition, labels, LocalDate.now(clock));
    }

    private static void requireWithinLimits(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw new InvalidInputException("file", "questionnaireImport.file.required");
        }
        if (xlsx.length > MAX_BYTES) {
            throw new InvalidInputException("file", "questionnaireImport.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
    }

    /**
     * The check's questions, answered by this bean's own queries: going through another bean would
     * let one refusal doom the transaction before every row has been looked at.
     */
    private final class DatabaseLookup implements ResponseImportCheck.Lookup {

        private final Map<String, Boolean> participants = new HashMap<>();

        @Override
        public boolean participantExists(String pseudonym) {
            return participants.computeIfAbsent(pseudonym.trim().toUpperCase(Locale.ROOT), wanted ->
                    em.createNamedQuery(Participant.BY_PSEUDONYM, Participant.class)
                            .setParameter("pseudonym", wanted).getResultStream().findFirst().isPresent());
        }

        @Override
        public Optional<ParticipantTimePoint> timePoint(String pseudonym, String pointCode) {
            return em.createQuery("select t from ParticipantTimePoint t left join fetch t.response"
                            + " where t.participant.pseudonym = :pseudonym and t.pointCode = :pointCode",
                            ParticipantTimePoint.class)
                    .setParameter("pseudonym", pseudonym.trim().toUpperCase(Locale.ROOT))
                    .setParameter("pointCode", pointCode.trim().toUpperCase(Locale.ROOT))
                    .getResultStream().findFirst();
        }
    }
}
