package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Participants;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

/**
 * An administrator loads questionnaire definitions as JSON: a new one is created (201), a bad one is
 * refused naming every field and stores nothing, one that no response uses is replaced whole, and
 * one in use is never changed (409; the database refuses it too) while its wording may change.
 * Every test works on a questionnaire of its own (TEST-…), never on the seeded QLQ-C30, whose
 * current version other tests score by. Wording here is invented ("Test wording 1").
 */
@OnPayara
class QuestionnaireDefinitionsIT {

    private final Api admin = Api.as(DemoLogins.admin());

    @Test
    void aNewDefinitionIsCreatedAndReadsBackAsItWasLoaded() {
        String code = newCode();
        JsonObject definition = definition(code, "1.0").build();

        Api.Response created = admin.post("/api/questionnaires", definition);

        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().endsWith("/api/questionnaires/" + code + "?version=1.0"), created::toString);
        assertEquals(definition, created.object());
        Api.Response read = admin.get(created.location().substring(created.location().indexOf("/api/")));
        assertEquals(definition, read.object(), "GET gives what was loaded, so it can be loaded again as it is");
        assertEquals(200, admin.post("/api/questionnaires", read.object()).status(), "the same again changes nothing");
    }

    @Test
    void theLoadedDefinitionDrivesTheScoring() {
        String code = newCode();
        admin.post("/api/questionnaires", definition(code, "1.0").build());

        JsonObject answers = Json.createObjectBuilder().add("1", 1).add("2", 2).add("3", 4).add("4", 4).add("5", 5)
                .build();
        JsonObject scores = Api.as(DemoLogins.of("researcher")).post("/api/questionnaires/" + code + "/score",
                Json.createObjectBuilder().add("answers", answers).build()).object().getJsonObject("scores");

        assertEquals(List.of("FN", "SY", "GL", "SUM"), List.copyOf(scores.keySet()));
        assertEquals(new BigDecimal("83.33"), scores.getJsonNumber("FN").bigDecimalValue()); // (1 - 0.5/3) x 100
        assertEquals(new BigDecimal("100.00"), scores.getJsonNumber("SY").bigDecimalValue());
        assertEquals(new BigDecimal("50.00"), scores.getJsonNumber("GL").bigDecimalValue()); // 5 on 0-10
        assertEquals(new BigDecimal("41.67"), scores.getJsonNumber("SUM").bigDecimalValue()); // (83.33 + 0) / 2
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        String code = newCode();
        JsonObject bad = definition(code, "1.0")
                .add("items", items(item(1, 1, 4), item(2, 1, 4), item(2, 1, 4), item(4, 4, 1), item(5, 0, 10)))
                .add("scales", Json.createArrayBuilder()
                        .add(scale("FN", "FUNCTIONAL", 1, 2))
                        .add(scale("SY", "MOOD", 4))
                        .add(scale("GL", "GLOBAL", 5, 31)))
                .build();

        Api.Response refused = admin.post("/api/questionnaires", bad);

        assertRefused(refused, "items[2].number");
        assertTrue(assertRefused(refused, "items[3].max").contains("above"), refused::toString);
        assertRefused(refused, "scales[1].kind");
        assertTrue(assertRefused(refused, "scales[2].items").contains("31"), refused::toString);
        assertRefused(refused, "summary");
        assertError(404, admin.get("/api/questionnaires/" + code));

        Api.Response notOfItsKind = admin.post("/api/questionnaires", Json.createObjectBuilder(definition(code, "1.0")
                .build()).add("title", 7).build());
        assertRefused(notOfItsKind, "title");
        assertError(400, admin.postFile("/api/questionnaires", "{\"code\": ".getBytes(), "application/json"));
    }

    @Test
    void aVersionNoResponseUsesIsReplacedWhole() throws SQLException {
        String code = newCode();
        admin.post("/api/questionnaires", definition(code, "1.0").build());
        JsonObject changed = definition(code, "1.0").add("title", "Test questionnaire, corrected")
                .add("items", items(item(1, 1, 4), item(2, 1, 4), item(5, 0, 10)))
                .add("scales", Json.createArrayBuilder().add(scale("FN", "FUNCTIONAL", 1, 2).add("inSummary", "AS_IS"))
                        .add(scale("GL", "GLOBAL", 5)))
                .build();

        Api.Response replaced = admin.withHeader("X-Reason", "items 3 and 4 were a mistake").post("/api/questionnaires",
                changed);

        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals(changed, admin.get("/api/questionnaires/" + code + "?version=1.0").object());
        assertEquals(1, count("select count(*) from questionnaire where code = ?", code), "the same row, replaced");
        assertEquals(3, count("select count(*) from questionnaire_item i join questionnaire q"
                + " on q.id = i.questionnaire_id where q.code = ?", code));
    }

    @Test
    void aVersionInUseIsNeverChangedButItsWordingMayBeAndANewVersionIsAdded() throws SQLException {
        String code = newCode();
        admin.post("/api/questionnaires", definition(code, "1.0").build());
        recordResponseByHand(code, "1.0");
        JsonObject changed = definition(code, "1.0").add("title", "Test questionnaire, changed").build();

        Api.Response refused = admin.post("/api/questionnaires", changed);

        assertTrue(assertError(409, refused).contains("new version"), refused::toString);
        assertEquals(definition(code, "1.0").build(), admin.get("/api/questionnaires/" + code).object());

        JsonObject reworded = definition(code, "1.0").add("items", items(item(1, 1, 4)
                        .add("texts", Json.createObjectBuilder().add("nl", "Test wording 1")), item(2, 1, 4),
                item(3, 1, 4), item(4, 1, 4), item(5, 0, 10))).build();
        assertEquals(200, admin.post("/api/questionnaires", reworded).status(), "wording is not the definition");
        assertEquals(reworded, admin.get("/api/questionnaires/" + code + "?version=1.0").object());

        JsonObject version2 = Json.createObjectBuilder(changed).add("version", "2.0").build();
        assertEquals(201, admin.post("/api/questionnaires", version2).status());
        assertEquals(version2, admin.get("/api/questionnaires/" + code).object(), "the newest version is current");
        assertEquals(reworded, admin.get("/api/questionnaires/" + code + "?version=1.0").object(), "1.0 as it was");
    }

    @Test
    void theDatabaseRefusesAnyChangeToADefinitionInUseButNotToItsWording() throws SQLException {
        String code = newCode();
        admin.post("/api/questionnaires", definition(code, "1.0").build());
        long id = recordResponseByHand(code, "1.0");

        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            db.setAutoCommit(true);
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update questionnaire set title = 'tampered' where id = " + id), "questionnaire");
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update questionnaire_item set max_answer = 5 where questionnaire_id = " + id), "item");
            assertThrows(SQLException.class, () -> sql.executeUpdate("insert into questionnaire_item"
                    + " (id, questionnaire_id, number, min_answer, max_answer, label)"
                    + " values (nextval('questionnaire_item_seq'), " + id + ", 99, 1, 4, 'added')"), "a new item");
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from questionnaire_scale_item where"
                    + " scale_id in (select id from questionnaire_scale where questionnaire_id = " + id + ")"),
                    "scale item");
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update questionnaire_scale set kind = 'SYMPTOM' where questionnaire_id = " + id), "scale");
            assertEquals(1, sql.executeUpdate("update questionnaire_item_text set text = 'Test wording 5, by hand'"
                    + " where language = 'en' and item_id in (select id from questionnaire_item"
                    + " where questionnaire_id = " + id + ")"), "the wording may change");
        }
        assertEquals(definition(code, "1.0").build().getJsonArray("scales"),
                admin.get("/api/questionnaires/" + code).object().getJsonArray("scales"));
    }

    @Test
    void onlyAnAdministratorLoadsDefinitions() {
        JsonObject definition = definition(newCode(), "1.0").build();

        assertError(403, Api.as(Users.create("defs", "RESEARCH_NURSE")).post("/api/questionnaires", definition));
        assertError(401, Api.anonymous().post("/api/questionnaires", definition));
    }

    // ---- test definitions: invented, never a real questionnaire's wording ----

    static String newCode() {
        return Users.uniqueName("TEST-").toUpperCase();
    }

    /**
     * Four items answered 1–4 and one answered 0–10 with wording in two languages; a functional and a
     * symptom scale in the summary score, a global one outside it. In the shape GET gives.
     */
    static JsonObjectBuilder definition(String code, String version) {
        return Json.createObjectBuilder().add("code", code).add("version", version).add("title", "Test questionnaire")
                .add("summary", "SUM")
                .add("items", items(item(1, 1, 4), item(2, 1, 4), item(3, 1, 4), item(4, 1, 4), item(5, 0, 10)
                        .add("texts", Json.createObjectBuilder().add("en", "Test wording 5").add("nl", "Testformulering 5"))))
                .add("scales", Json.createArrayBuilder()
                        .add(scale("FN", "FUNCTIONAL", 1, 2).add("inSummary", "AS_IS"))
                        .add(scale("SY", "SYMPTOM", 3, 4).add("inSummary", "INVERTED"))
                        .add(scale("GL", "GLOBAL", 5)));
    }

    static JsonObjectBuilder item(int number, int min, int max) {
        return Json.createObjectBuilder().add("number", number).add("min", min).add("max", max)
                .add("label", "Q" + number + " — test item");
    }

    static JsonArrayBuilder items(JsonObjectBuilder... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder item : items) {
            array.add(item);
        }
        return array;
    }

    static JsonObjectBuilder scale(String code, String kind, Integer... items) {
        return Json.createObjectBuilder().add("code", code).add("kind", kind).add("label", "Test scale " + code)
                .add("items", Json.createArrayBuilder(List.of(items)));
    }

    /**
     * Puts the definition in use: a response recorded by hand, and answers the definition's id. The
     * response service records only for the questionnaire of a participant's time point, so this goes
     * behind its back: a participant of the test's own, a time point by hand ("IT", outside any
     * schedule) and a response without answers. MERGE NOTE: the first branch fits V10's
     * questionnaire_response (time_point_id, ...); the second only the placeholder V10 of the
     * questionnaire-definitions branch, and can go when that placeholder is dropped.
     */
    static long recordResponseByHand(String code, String version) throws SQLException {
        try (Connection db = Database.connect()) {
            long id = questionnaireId(db, code, version);
            if (hasColumn(db, "questionnaire_response", "time_point_id")) {
                long timePoint = single(db, "insert into participant_time_point (id, participant_id, schedule_point_id,"
                        + " questionnaire_code, point_code, target_date, window_start, window_end)"
                        + " values (nextval('participant_time_point_seq'), (select id from participant where pseudonym = ?),"
                        + " (select min(id) from schedule_point), ?, 'IT', current_date, current_date, current_date)"
                        + " returning id", Participants.enrol(), code);
                single(db, "insert into questionnaire_response (id, time_point_id, questionnaire_id, completed_on, answers,"
                        + " entered_by, entered_at) values (nextval('questionnaire_response_seq'), ?, ?, current_date, '{}',"
                        + " 'it', now()) returning id", timePoint, id);
            } else {
                single(db, "insert into questionnaire_response (id, questionnaire_id) values"
                        + " ((select coalesce(max(id), 0) + 1 from questionnaire_response), ?) returning id", id);
            }
            return id;
        }
    }

    private static boolean hasColumn(Connection db, String table, String column) throws SQLException {
        return single(db, "select count(*) from information_schema.columns where table_name = ? and column_name = ?",
                table, column) > 0;
    }

    private static long single(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getLong(1);
            }
        }
    }

    private static long questionnaireId(Connection db, String code, String version) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select id from questionnaire where code = ? and definition_version = ?")) {
            query.setString(1, code);
            query.setString(2, version);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "questionnaire " + code + " " + version + " is stored");
                return row.getLong(1);
            }
        }
    }

    private static long count(String sql, String code) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
