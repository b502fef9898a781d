package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

/**
 * Studies and ethics approvals (issue 7, first step): who may create and see a study, approvals
 * with their scope, amendments as new versions, refusals that name the field, the officers'
 * expiring list, and the database's own word on the dates of an approval.
 */
@OnPayara
class StudiesIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Api ethics = Api.as(DemoLogins.of("ethics"));
    private final Api admin = Api.as(DemoLogins.admin());

    @Test
    void anOfficerCreatesAStudyThatOnlyItsResearchersSee() {
        Login lead = Users.create("pi", "RESEARCHER");
        Login member = Users.create("member", "RESEARCHER");
        Login outsider = Users.create("outsider", "RESEARCHER");
        String code = newCode();

        Api.Response created = ethics.post("/api/studies", study(code, lead.username()));

        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().endsWith("/api/studies/" + code), created.location());
        assertEquals("DRAFT", created.object().getString("status"));
        assertEquals(lead.username(), created.object().getString("principalInvestigator"));
        assertError(409, ethics.post("/api/studies", study(code, lead.username())));

        assertEquals(201, ethics.post("/api/studies/" + code + "/members", member(member.username())).status());
        assertEquals(201, ethics.post("/api/studies/" + code + "/members", member(member.username())).status(),
                "adding a member again changes nothing");
        assertEquals(1, ethics.get("/api/studies/" + code + "/members").array().size());

        assertTrue(codes(Api.as(lead)).contains(code), "the principal investigator sees the study");
        assertTrue(codes(Api.as(member)).contains(code), "a member sees the study");
        assertFalse(codes(Api.as(outsider)).contains(code), "another researcher does not");
        assertEquals(200, Api.as(member).get("/api/studies/" + code).status());
        assertError(404, Api.as(outsider).get("/api/studies/" + code));
        assertError(404, Api.as(outsider).get("/api/studies/" + code + "/approvals"));
        assertTrue(codes(admin).contains(code), "administrators see every study");

        assertRefused(ethics.delete("/api/studies/" + code + "/members/" + member.username()), "reason");
        Api.Response removed = ethics.withHeader("X-Reason", "Left the project")
                .delete("/api/studies/" + code + "/members/" + member.username());
        assertEquals(204, removed.status(), removed::toString);
        assertError(404, Api.as(member).get("/api/studies/" + code));
    }

    @Test
    void onlyOfficersAndAdministratorsCreateStudiesAndOnlyResearchersLeadThem() {
        Login lead = Users.create("pi", "RESEARCHER");
        Login technician = Users.create("tech", "LAB_TECHNICIAN");

        assertError(403, Api.as(technician).post("/api/studies", study(newCode(), lead.username())));
        assertError(403, Api.as(lead).post("/api/studies", study(newCode(), lead.username())));
        assertError(403, Api.as(technician).get("/api/studies"));
        assertRefused(ethics.post("/api/studies", study(newCode(), technician.username())), "principalInvestigator");
        assertRefused(ethics.post("/api/studies", study("ols 2026", lead.username())), "code");
        assertRefused(ethics.post("/api/studies", Json.createObjectBuilder().add("code", newCode())
                .add("principalInvestigator", lead.username()).build()), "title");
        String code = newCode();
        assertEquals(201, admin.post("/api/studies", study(code, lead.username())).status());
        assertRefused(ethics.post("/api/studies/" + code + "/members", member(technician.username())), "username");
    }

    @Test
    void anApprovalWithItsScopeActivatesTheStudyAndAnAmendmentBecomesTheCurrentVersion() {
        Login lead = Users.create("pi", "RESEARCHER");
        String code = studyLedBy(lead);

        Api.Response first = ethics.post(approvals(code), approval(TODAY.minusDays(10), TODAY.minusDays(5),
                TODAY.plusYears(2), null, List.of("SERUM", "TISSUE_FF"), List.of("BLOOD", "TISSUE")));

        assertEquals(201, first.status(), first::toString);
        assertTrue(first.location().endsWith(approvals(code) + "/1"), first.location());
        JsonObject v1 = first.object();
        assertEquals(1, v1.getInt("approvalVersion"));
        assertFalse(v1.containsKey("amends") && !v1.isNull("amends"), "the first version amends nothing");
        assertEquals(List.of("SERUM", "TISSUE_FF"), strings(v1.getJsonObject("scope"), "sampleTypes"));
        assertEquals(List.of("BLOOD", "TISSUE"), strings(v1.getJsonObject("scope"), "consentItems"));
        assertEquals(List.of("QUESTIONNAIRE_SCORES", "AGE_AT_COLLECTION"), strings(v1.getJsonObject("scope"), "dataItems"),
                "in the order of the data items");
        assertEquals(200, v1.getInt("maxParticipants"));
        assertTrue(v1.getBoolean("validToday"));
        assertEquals("ethics", v1.getString("recordedBy"));
        assertEquals("ACTIVE", ethics.get("/api/studies/" + code).object().getJsonObject("study").getString("status"),
                "the first approval activates the study");

        assertRefused(ethics.post(approvals(code), approval(TODAY.minusDays(1), TODAY, TODAY.plusYears(3), null,
                List.of("SERUM"), List.of("BLOOD"))), "amends");
        assertError(409, ethics.post(approvals(code), approval(TODAY.minusDays(1), TODAY, TODAY.plusYears(3), 2,
                List.of("SERUM"), List.of("BLOOD"))));
        Api.Response amended = ethics.post(approvals(code), approval(TODAY.minusDays(1), TODAY, TODAY.plusYears(3), 1,
                List.of("SERUM", "TISSUE_FF", "DNA"), List.of("BLOOD", "TISSUE", "GENETIC_RESEARCH")));

        assertEquals(201, amended.status(), amended::toString);
        assertEquals(2, amended.object().getInt("approvalVersion"));
        assertEquals(1, amended.object().getInt("amends"));
        JsonObject detail = Api.as(lead).get("/api/studies/" + code).object();
        assertEquals(2, detail.getJsonObject("currentApproval").getInt("approvalVersion"), "the highest version is current");
        assertEquals(List.of("BLOOD", "GENETIC_RESEARCH", "TISSUE"),
                strings(detail.getJsonObject("currentApproval").getJsonObject("scope"), "consentItems"));
        List<Integer> versions = Api.as(lead).get(approvals(code)).array().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getInt("approvalVersion")).toList();
        assertEquals(List.of(1, 2), versions, "every version stays");
        assertError(403, Api.as(lead).post(approvals(code), approval(TODAY, TODAY, TODAY.plusYears(1), 2,
                List.of("SERUM"), List.of())));
        String trail = admin.get(Api.query("/api/audit", "entity", "EthicsApproval", "size", "200")).body();
        assertTrue(trail.contains("GENETIC_RESEARCH"), "the scope is in the audit trail: " + trail);
    }

    @Test
    void aRefusedApprovalNamesEveryFieldAndSavesNothing() {
        String code = studyLedBy(Users.create("pi", "RESEARCHER"));

        Api.Response refused = ethics.post(approvals(code), approval(TODAY.minusDays(10), TODAY.minusDays(5),
                TODAY.minusDays(6), null, List.of("SERUM", "NO_SUCH_TYPE", "SERUM"), List.of("TISSUE", "TELEPATHY")));

        assertRefused(refused, "validUntil");
        assertRefused(refused, "scope.sampleTypes[1]");
        assertRefused(refused, "scope.sampleTypes[2]");
        assertRefused(refused, "scope.consentItems[1]");
        assertRefused(ethics.post(approvals(code), approval(TODAY.minusDays(1), TODAY.minusDays(2), TODAY.plusYears(1),
                null, List.of("SERUM"), List.of())), "validFrom");
        assertRefused(ethics.post(approvals(code), approval(TODAY.plusDays(1), TODAY.plusDays(1), TODAY.plusYears(1),
                null, List.of("SERUM"), List.of())), "decisionDate");
        assertRefused(ethics.post(approvals(code), approval(TODAY, TODAY, TODAY.plusYears(1), null, List.of(),
                List.of())), "scope.sampleTypes");
        JsonObject badData = Json.createObjectBuilder(approval(TODAY, TODAY, TODAY.plusYears(1), null, List.of("SERUM"),
                        List.of()))
                .add("maxSamples", 0)
                .add("scope", Json.createObjectBuilder().add("sampleTypes", Json.createArrayBuilder().add("SERUM"))
                        .add("dataItems", Json.createArrayBuilder().add("SEX").add("NAME")))
                .build();
        Api.Response badDataRefused = ethics.post(approvals(code), badData);
        assertRefused(badDataRefused, "scope.dataItems[1]");
        assertRefused(badDataRefused, "maxSamples");
        assertRefused(ethics.post(approvals(code), approval(TODAY, TODAY, TODAY.plusYears(1), 1, List.of("SERUM"),
                List.of())), "amends");

        assertEquals(0, ethics.get(approvals(code)).array().size(), "nothing was recorded");
        assertEquals("DRAFT", ethics.get("/api/studies/" + code).object().getJsonObject("study").getString("status"));
    }

    @Test
    void theExpiringListShowsCurrentApprovalsEndingWithinSixtyDays() {
        Login lead = Users.create("pi", "RESEARCHER");
        String soon = studyLedBy(lead);
        String later = studyLedBy(lead);
        String renewed = studyLedBy(lead);
        record(soon, TODAY.plusDays(30), null);
        record(later, TODAY.plusDays(90), null);
        record(renewed, TODAY.plusDays(20), null);
        record(renewed, TODAY.plusYears(2), 1);

        Api.Response expiring = ethics.get("/api/approvals/expiring?days=60");

        assertEquals(200, expiring.status(), expiring::toString);
        List<String> studies = expiring.array().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("study")).toList();
        assertTrue(studies.contains(soon), "valid until today+30: " + studies);
        assertFalse(studies.contains(later), "valid until today+90: " + studies);
        assertFalse(studies.contains(renewed), "an amendment extended it: " + studies);
        assertTrue(admin.get("/api/approvals/expiring").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("study").equals(soon)), "60 days unless asked otherwise");
        assertError(403, Api.as(lead).get("/api/approvals/expiring"));
        assertRefused(ethics.get("/api/approvals/expiring?days=-1"), "days");
    }

    @Test
    void theDatabaseRefusesAnApprovalThatEndsBeforeItStartsOrAmendsAnotherStudy() throws SQLException {
        String code = studyLedBy(Users.create("pi", "RESEARCHER"));
        String other = studyLedBy(Users.create("pi", "RESEARCHER"));
        record(other, TODAY.plusYears(1), null);
        try (Connection db = Database.connect()) {
            long study = id(db, "SELECT id FROM study WHERE code = ?", code);
            long otherApproval = id(db, "SELECT a.id FROM ethics_approval a JOIN study s ON s.id = a.study_id"
                    + " WHERE s.code = ?", other);
            String insert = "INSERT INTO ethics_approval (id, study_id, committee, reference_number, decision_date,"
                    + " valid_from, valid_until, approval_version, amends_id, recorded_by, recorded_at)"
                    + " VALUES (nextval('ethics_approval_seq'), ?, 'METc UMCG', 'M-1', ?, ?, ?, ?, ?, 'it', now())";

            SQLException backwards = assertThrows(SQLException.class, () -> {
                try (PreparedStatement s = db.prepareStatement(insert)) {
                    s.setLong(1, study);
                    s.setObject(2, TODAY.minusDays(10));
                    s.setObject(3, TODAY);
                    s.setObject(4, TODAY.minusDays(1));
                    s.setInt(5, 1);
                    s.setNull(6, java.sql.Types.BIGINT);
                    s.executeUpdate();
                }
            });
            assertTrue(backwards.getMessage().contains("ethics_approval_validity_ordered"), backwards.getMessage());

            SQLException foreign = assertThrows(SQLException.class, () -> {
                try (PreparedStatement s = db.prepareStatement(insert)) {
                    s.setLong(1, study);
                    s.setObject(2, TODAY.minusDays(10));
                    s.setObject(3, TODAY);
                    s.setObject(4, TODAY.plusDays(1));
                    s.setInt(5, 2);
                    s.setLong(6, otherApproval);
                    s.executeUpdate();
                }
            });
            assertTrue(foreign.getMessage().contains("ethics_approval_amends_same_study"), foreign.getMessage());
        }
    }

    private void record(String code, LocalDate validUntil, Integer amends) {
        Api.Response recorded = ethics.post(approvals(code), approval(TODAY.minusYears(1), TODAY.minusYears(1),
                validUntil, amends, List.of("SERUM"), List.of("BLOOD")));
        assertEquals(201, recorded.status(), recorded::toString);
    }

    private String studyLedBy(Login lead) {
        String code = newCode();
        Api.Response created = ethics.post("/api/studies", study(code, lead.username()));
        assertEquals(201, created.status(), created::toString);
        return code;
    }

    private static String newCode() {
        return "IT-" + TODAY.getYear() + "-" + Integer.toString(RANDOM.nextInt(1 << 30), 36).toUpperCase();
    }

    private static String approvals(String code) {
        return "/api/studies/" + code + "/approvals";
    }

    private static JsonObject study(String code, String investigator) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("title", "Quality of life after oesophageal cancer surgery")
                .add("principalInvestigator", investigator)
                .add("institution", "UMCG, Department of Surgery")
                .add("summary", "Serum markers against QLQ-C30 scores one year after surgery.")
                .build();
    }

    private static JsonObject member(String username) {
        return Json.createObjectBuilder().add("username", username).build();
    }

    private static JsonObject approval(LocalDate decided, LocalDate from, LocalDate until, Integer amends,
                                       List<String> sampleTypes, List<String> consentItems) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("committee", "METc UMCG")
                .add("referenceNumber", "METc 2026/" + RANDOM.nextInt(1000))
                .add("decisionDate", decided.toString())
                .add("validFrom", from.toString())
                .add("validUntil", until.toString())
                .add("maxParticipants", 200)
                .add("scope", Json.createObjectBuilder()
                        .add("sampleTypes", array(sampleTypes))
                        .add("consentItems", array(consentItems))
                        .add("dataItems", array(List.of("QUESTIONNAIRE_SCORES", "AGE_AT_COLLECTION"))));
        if (amends != null) {
            body.add("amends", amends);
        }
        return body.build();
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> codes(Api api) {
        Api.Response list = api.get("/api/studies");
        assertEquals(200, list.status(), list::toString);
        return list.array().getValuesAs(JsonObject.class).stream().map(s -> s.getString("code")).toList();
    }

    private static long id(Connection db, String sql, String code) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, code);
            try (var rows = s.executeQuery()) {
                assertTrue(rows.next(), sql + " " + code);
                return rows.getLong(1);
            }
        }
    }
}
