package nl.databiobank.lims.questionnaire.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import nl.databiobank.lims.audit.boundary.AccessLog;
import nl.databiobank.lims.participant.entity.Hospital;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.questionnaire.control.ResponseExportRow;
import nl.databiobank.lims.questionnaire.control.ResponseExportSheet;
import nl.databiobank.lims.questionnaire.entity.AnswersConverter;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireItem;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireScale;

/**
 * The answers and scores of one questionnaire as an .xlsx for the scientific staff, one row per
 * answered time point, the participant by pseudonym only (DESIGN.md rule 7). Rows are streamed from
 * the database through a cursor into a streaming workbook, so neither holds the whole biobank. Answers
 * of participants who withdrew their questionnaires from further use are left out; the export itself
 * is written to the access log. The biobank's own staff only: a researcher sees participant-level
 * data only in an approved release (DESIGN.md, roles), with study-specific pseudonyms.
 */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.ADMIN})
public class ResponseExport {

    public static final String ACCESS_LOG_ACTION = "EXPORT_QUESTIONNAIRES";
    private static final int FETCH_SIZE = 1_000;

    // Withdrawn from further use (not merely from contact) for the questionnaires: no longer for research.
    private static final String SQL = """
            SELECT p.pseudonym, p.cohort, h.code AS hospital, t.point_code, t.target_date, r.completed_on,
                   q.definition_version, r.answers,
                   (SELECT json_object_agg(s.scale_code, s.score) FROM questionnaire_score s
                     WHERE s.response_id = r.id) AS scores
              FROM questionnaire_response r
              JOIN questionnaire q ON q.id = r.questionnaire_id
              JOIN participant_time_point t ON t.id = r.time_point_id
              JOIN participant p ON p.id = t.participant_id
              JOIN hospital h ON h.id = p.hospital_id
             WHERE q.code = ?
               AND (CAST(? AS text) IS NULL OR lower(p.cohort) = lower(CAST(? AS text)))
               AND (CAST(? AS text) IS NULL OR h.code = CAST(? AS text))
               AND NOT EXISTS (SELECT 1 FROM withdrawal w
                                WHERE w.participant_id = p.id AND w.scope <> 'NO_FURTHER_CONTACT'
                                  AND withdrawal_takes_back(w.id, w.scope, 'QUESTIONNAIRES'))
             ORDER BY p.pseudonym, t.target_date
            """;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/lims")
    DataSource dataSource;

    @EJB
    QuestionnaireService questionnaires;

    @EJB
    AccessLog accessLog;

    @Resource
    SessionContext session;

    /**
     * Refuses what the export would refuse, before anything is written: 404 for an unknown
     * questionnaire, 400 naming {@code hospital} for an unknown hospital code.
     */
    public void check(String code, String hospital) {
        questionnaires.current(code);
        String wanted = blankToNull(hospital);
        if (wanted != null && em.createNamedQuery(Hospital.BY_CODE, Hospital.class)
                .setParameter("code", wanted.toUpperCase(Locale.ROOT)).getResultList().isEmpty()) {
            throw new InvalidInputException("hospital", "hospital.unknown", wanted);
        }
    }

    /** The hospitals to choose from, by code. */
    public List<String> hospitals() {
        return em.createNamedQuery(Hospital.ALL, Hospital.class).getResultStream().map(Hospital::getCode).sorted()
                .toList();
    }

    /** The cohorts participants were enrolled in. */
    public List<String> cohorts() {
        return em.createQuery("select distinct p.cohort from Participant p where p.cohort is not null"
                + " order by p.cohort", String.class).getResultList();
    }

    /** Writes the workbook to {@code out}; answers how many responses it holds. */
    public int export(String code, String cohort, String hospital, OutputStream out) {
        check(code, hospital);
        String questionnaireCode = questionnaires.current(code).getCode();
        String wantedCohort = blankToNull(cohort);
        String wantedHospital = blankToNull(hospital) == null ? null : hospital.trim().toUpperCase(Locale.ROOT);
        List<Questionnaire> versions = versions(questionnaireCode);
        try (ResponseExportSheet sheet = new ResponseExportSheet(items(versions), scales(versions))) {
            readInto(sheet, questionnaireCode, wantedCohort, wantedHospital);
            accessLog.record(session.getCallerPrincipal().getName(), ACCESS_LOG_ACTION, questionnaireCode,
                    "cohort=" + (wantedCohort == null ? "" : wantedCohort) + " hospital="
                            + (wantedHospital == null ? "" : wantedHospital) + " rows=" + sheet.rowCount(), null);
            sheet.writeTo(out);
            return sheet.rowCount();
        }
    }

    /** Every version of the questionnaire, newest first: a response answers the version it was entered on. */
    private List<Questionnaire> versions(String code) {
        return em.createNamedQuery(Questionnaire.BY_CODE, Questionnaire.class).setParameter("code", code)
                .getResultList();
    }

    private static List<Integer> items(List<Questionnaire> versions) {
        Set<Integer> items = new TreeSet<>();
        versions.forEach(v -> v.getItems().stream().map(QuestionnaireItem::getNumber).forEach(items::add));
        return new ArrayList<>(items);
    }

    /** The scales of the newest version in its order, then any only older versions had, then the summary. */
    private static List<String> scales(List<Questionnaire> versions) {
        Set<String> scales = new LinkedHashSet<>();
        versions.forEach(v -> v.getScales().stream().map(QuestionnaireScale::getCode).forEach(scales::add));
        versions.stream().map(Questionnaire::getSummaryCode).filter(java.util.Objects::nonNull).forEach(scales::add);
        return new ArrayList<>(scales);
    }

    // the container's connection joins this bean's transaction, so PostgreSQL keeps the cursor open and
    // hands over FETCH_SIZE rows at a time instead of the whole result
    private void readInto(ResponseExportSheet sheet, String code, String cohort, String hospital) {
        AnswersConverter answers = new AnswersConverter();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(SQL)) {
            query.setFetchSize(FETCH_SIZE);
            query.setString(1, code);
            query.setString(2, cohort);
            query.setString(3, cohort);
            query.setString(4, hospital);
            query.setString(5, hospital);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sheet.add(new ResponseExportRow(rows.getString("pseudonym"), rows.getString("cohort"),
                            rows.getString("hospital"), rows.getString("point_code"),
                            rows.getObject("target_date", java.time.LocalDate.class),
                            rows.getObject("completed_on", java.time.LocalDate.class),
                            rows.getString("definition_version"),
                            answers.convertToEntityAttribute(rows.getString("answers")),
                            scores(rows.getString("scores"))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the responses to export", e);
        }
    }

    private static Map<String, BigDecimal> scores(String json) {
        Map<String, BigDecimal> scores = new HashMap<>();
        if (json == null) {
            return scores;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                scores.put(entry.getKey(), ((JsonNumber) entry.getValue()).bigDecimalValue());
            }
        }
        return scores;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
