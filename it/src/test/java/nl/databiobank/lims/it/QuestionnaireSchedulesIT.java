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
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Participants;
import nl.databiobank.lims.it.support.Samples;
import org.junit.jupiter.api.Test;

/**
 * Questionnaire schedules: planned when the consent covers questionnaires, statuses at the edges of
 * their windows, responses with stored scores and corrections, stops on withdrawal, schedules that
 * count from the treatment start, and the due list.
 */
@OnPayara
class QuestionnaireSchedulesIT {

    private static final LocalDate TODAY = LocalDate.now();
    private final Api nurse = Participants.nurse();

    @Test
    void statusesFollowTheWindowDayByDay() {
        String pseudonym = participant(TODAY.minusDays(100), "Colorectal", TODAY.minusDays(90), true);
        JsonObject m3 = point(pseudonym, "M3", null);
        LocalDate opens = LocalDate.parse(m3.getString("windowStart"));
        LocalDate target = LocalDate.parse(m3.getString("targetDate"));
        LocalDate closes = LocalDate.parse(m3.getString("windowEnd"));
        assertEquals(TODAY.minusDays(100).plusMonths(3), target);
        assertEquals(target.minusDays(14), opens);
        assertEquals(target.plusDays(14), closes);

        assertEquals("PLANNED", status(pseudonym, "M3", opens.minusDays(1)));
        assertEquals("DUE", status(pseudonym, "M3", opens));
        assertEquals("DUE", status(pseudonym, "M3", target));
        assertEquals("OVERDUE", status(pseudonym, "M3", target.plusDays(1)));
        assertEquals("OVERDUE", status(pseudonym, "M3", closes));
        assertEquals("MISSED", status(pseudonym, "M3", closes.plusDays(1)));
    }

    @Test
    void aResponseCountsFromTheDayItsWindowOpensAndStoresItsScores() {
        String pseudonym = participant(TODAY.minusDays(30), "Colorectal", TODAY.minusDays(20), true);
        LocalDate opens = LocalDate.parse(point(pseudonym, "T0", null).getString("windowStart"));

        assertRefused(nurse.post(responses(pseudonym) + "/T0", response(opens.minusDays(1), complete())), "completedOn");
        assertRefused(nurse.post(responses(pseudonym) + "/T0", response(TODAY.plusDays(1), complete())), "completedOn");
        Map<Integer, Integer> outOfRange = new java.util.HashMap<>(complete());
        outOfRange.put(29, 8);
        assertRefused(nurse.post(responses(pseudonym) + "/T0", response(opens, outOfRange)), "answers.29");
        assertEquals("OVERDUE", point(pseudonym, "T0", null).getString("status"), "a refused response saves nothing");

        Api.Response saved = nurse.post(responses(pseudonym) + "/T0", response(opens, complete()));

        assertEquals(201, saved.status(), saved::toString);
        JsonObject stored = point(pseudonym, "T0", null);
        assertEquals("COMPLETED", stored.getString("status"));
        JsonObject scores = stored.getJsonObject("response").getJsonObject("scores");
        assertEquals(68.72, scores.getJsonNumber("SUM").doubleValue(), 0.001, "the hand-worked response of the scoring test");
        assertEquals(16, scores.size(), "every scale and the summary");
        assertEquals("nurse", stored.getJsonObject("response").getString("enteredBy"));
        assertError(409, nurse.post(responses(pseudonym) + "/T0", response(opens, complete())));
    }

    @Test
    void aCorrectionNeedsAReasonRecomputesTheScoresAndKeepsTheEarlierAnswersInTheAuditTrail() {
        String pseudonym = participant(TODAY.minusDays(30), "Colorectal", TODAY.minusDays(20), true);
        assertEquals(201, nurse.post(responses(pseudonym) + "/T0", response(TODAY, complete())).status());
        Map<Integer, Integer> corrected = new java.util.HashMap<>(complete());
        corrected.put(29, 7);
        corrected.put(30, 7);

        assertRefused(nurse.put(responses(pseudonym) + "/T0", response(TODAY, corrected)), "reason");
        JsonObjectBuilder withReason = Json.createObjectBuilder(response(TODAY, corrected))
                .add("reason", "Q29 and Q30 misread from the paper form");
        Api.Response correction = nurse.put(responses(pseudonym) + "/T0", withReason.build());

        assertEquals(200, correction.status(), correction::toString);
        JsonObject response = point(pseudonym, "T0", null).getJsonObject("response");
        assertEquals(100.0, response.getJsonObject("scores").getJsonNumber("QL2").doubleValue(), 0.001);
        assertEquals(7, response.getJsonObject("answers").getInt("29"));
        assertEquals("nurse", response.getString("correctedBy"));
        String trail = Samples.admin().get(Api.query("/api/audit", "entity", "QuestionnaireResponse", "size", "100"))
                .body();
        assertTrue(trail.contains("Q29 and Q30 misread from the paper form"), trail);
        assertTrue(trail.contains("29=5, 30=6"), "the earlier answers: " + trail);
    }

    @Test
    void noSchedulesWithoutConsentToQuestionnairesAndNoTimePointsWhoseWindowClosedBeforeTheConsent() {
        String refused = participant(TODAY.minusDays(30), "Colorectal", TODAY.minusDays(20), false);
        assertEquals(0, timePoints(refused, null).size());

        String late = participant(TODAY.minusYears(2), "Colorectal", TODAY, true);
        List<String> codes = timePoints(late, null).stream().map(t -> t.getString("code")).toList();
        assertEquals("M24", codes.get(0), "T0 to M12 had closed before the consent: " + codes);
    }

    @Test
    void aWithdrawalFromQuestionnairesStopsTheRemainingTimePointsOnly() {
        String pseudonym = participant(TODAY.minusDays(400), "Colorectal", TODAY.minusDays(395), true);
        LocalDate m12Opens = LocalDate.parse(point(pseudonym, "M12", null).getString("windowStart"));
        assertEquals(201, nurse.post(responses(pseudonym) + "/M12", response(m12Opens, complete())).status());

        Api.Response withdrawal = nurse.post("/api/participants/" + pseudonym + "/withdrawals", Json.createObjectBuilder()
                .add("withdrawnOn", TODAY.toString()).add("scope", "NO_FURTHER_CONTACT")
                .add("reason", "Wil geen vragenlijsten meer ontvangen").build());
        assertEquals(201, withdrawal.status(), withdrawal::toString);

        Map<String, String> statuses = new java.util.HashMap<>();
        timePoints(pseudonym, null).forEach(t -> statuses.put(t.getString("code"), t.getString("status")));
        assertEquals("COMPLETED", statuses.get("M12"));
        assertEquals("MISSED", statuses.get("M6"), "a window that closed before the withdrawal stays missed");
        assertEquals("STOPPED", statuses.get("M24"));
        assertEquals("STOPPED", statuses.get("Y10"));
        JsonObject m24 = point(pseudonym, "M24", null);
        assertEquals(TODAY.toString(), m24.getString("stoppedOn"));
        assertEquals(0, nurse.get("/api/questionnaires/due").object().getJsonArray("entries").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("pseudonym").equals(pseudonym)).count());
    }

    @Test
    void aDeathStopsEveryTimePointStillToCome() {
        String pseudonym = participant(TODAY.minusDays(100), "Colorectal", TODAY.minusDays(95), true);
        Api.Response deceased = nurse.put("/api/participants/" + pseudonym + "/status", Json.createObjectBuilder()
                .add("status", "DECEASED").add("date", TODAY.minusDays(2).toString()).add("reason", "Bericht van de huisarts")
                .build());
        assertEquals(200, deceased.status(), deceased::toString);

        List<JsonObject> points = timePoints(pseudonym, null);
        assertEquals("MISSED", points.get(0).getString("status"), "T0 closed long before");
        assertTrue(points.stream().skip(1).allMatch(t -> t.getString("status").equals("STOPPED")
                && t.getString("stopReason").equals("Deceased")), points::toString);
        assertRefused(nurse.post(responses(pseudonym) + "/M3", response(TODAY, complete())), "completedOn");
    }

    @Test
    void theDatabaseRefusesAnAnswerOutsideItsRangeAndAResponseAfterTheStop() throws SQLException {
        String pseudonym = participant(TODAY.minusDays(30), "Colorectal", TODAY.minusDays(20), true);
        assertEquals(201, nurse.post(responses(pseudonym) + "/T0", response(TODAY, complete())).status());
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            String response = "(SELECT r.id FROM questionnaire_response r JOIN participant_time_point t ON t.id ="
                    + " r.time_point_id JOIN participant p ON p.id = t.participant_id WHERE p.pseudonym = '" + pseudonym + "')";
            SQLException outOfRange = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "UPDATE questionnaire_response SET answers = '{\"29\": 9}' WHERE id = " + response));
            assertTrue(outOfRange.getMessage().contains("is not an answer"), outOfRange.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "UPDATE questionnaire_response SET answers = '{\"31\": 1}' WHERE id = " + response));
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "UPDATE questionnaire_response SET answers = '{\"1\": 1.5}' WHERE id = " + response));
            assertEquals(1, sql.executeUpdate("UPDATE questionnaire_response SET answers = '{\"1\": 1}' WHERE id = "
                    + response), "a valid answer passes");
        }
    }

    @Test
    void aScheduleCountingFromTheTreatmentStartWaitsForItAndMovesWithACorrection() {
        String cohort = "Trial " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response defined = Samples.admin().post("/api/questionnaire-schedules", schedule(cohort));
        assertEquals(201, defined.status(), defined::toString);
        String pseudonym = participant(TODAY.minusDays(60), cohort, TODAY.minusDays(55), true);
        assertEquals(0, timePoints(pseudonym, null).size(), "waits for the treatment start");

        Api.Response started = nurse.put("/api/participants/" + pseudonym + "/treatment-start",
                Json.createObjectBuilder().add("date", TODAY.minusDays(40).toString()).build());
        assertEquals(200, started.status(), started::toString);
        assertEquals(TODAY.minusDays(40).plusMonths(3).toString(), point(pseudonym, "M3", null).getString("targetDate"));

        assertRefused(nurse.put("/api/participants/" + pseudonym + "/treatment-start",
                Json.createObjectBuilder().add("date", TODAY.minusDays(35).toString()).build()), "reason");
        assertRefused(nurse.put("/api/participants/" + pseudonym + "/treatment-start",
                Json.createObjectBuilder().add("date", TODAY.minusDays(61).toString()).add("reason", "x").build()), "date");
        assertEquals(200, nurse.put("/api/participants/" + pseudonym + "/treatment-start", Json.createObjectBuilder()
                .add("date", TODAY.minusDays(35).toString()).add("reason", "Started a week later").build()).status());
        assertEquals(TODAY.minusDays(35).plusMonths(3).toString(), point(pseudonym, "M3", null).getString("targetDate"));

        assertError(409, Samples.admin().post("/api/questionnaire-schedules", schedule(cohort)));
    }

    @Test
    void aScheduleIsRefusedFieldByField() {
        JsonObject bad = Json.createObjectBuilder().add("cohort", "Refused").add("name", "x").add("questionnaireCode", "NOPE")
                .add("anchor", "BIRTHDAY").add("points", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("code", "m 3").add("label", "3 months").add("offsetMonths", 3)
                                .add("windowBeforeDays", -1).add("windowAfterDays", 14))
                        .add(Json.createObjectBuilder().add("code", "M6").add("label", "6").add("offsetMonths", 6)
                                .add("windowBeforeDays", 14))
                        .addNull())
                .build();
        Api.Response refused = Samples.admin().post("/api/questionnaire-schedules", bad);
        for (String field : List.of("questionnaireCode", "anchor", "points[0].code", "points[0].windowBeforeDays",
                "points[1].windowAfterDays", "points[2].code")) {
            assertRefused(refused, field);
        }
        assertEquals(403, nurse.post("/api/questionnaire-schedules", bad).status());
    }

    @Test
    void theDueListShowsWhoIsDueThisWeekByHospitalAndCohort() {
        String cohort = "Due " + UUID.randomUUID().toString().substring(0, 8);
        String due = participant(TODAY.minusMonths(3), cohort, TODAY.minusMonths(3).plusDays(5), true);
        String overdue = participant(TODAY.minusMonths(3).minusDays(5), cohort, TODAY.minusMonths(3), true);

        JsonObject list = nurse.get(Api.query("/api/questionnaires/due", "cohort", cohort, "hospital", "MCL")).object();

        Map<String, String> statuses = new java.util.HashMap<>();
        list.getJsonArray("entries").getValuesAs(JsonObject.class)
                .forEach(e -> statuses.put(e.getString("pseudonym") + " " + e.getString("pointCode"), e.getString("status")));
        assertEquals(Map.of(due + " M3", "DUE", overdue + " M3", "OVERDUE"), statuses);
        assertEquals(1, list.getJsonObject("byCohort").getJsonObject(cohort).getInt("due"));
        assertEquals(1, list.getJsonObject("byCohort").getJsonObject(cohort).getInt("overdue"));
        assertFalse(nurse.get(Api.query("/api/questionnaires/due", "cohort", cohort, "hospital", "UMCG")).object()
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("pseudonym").equals(due)));
        assertEquals(403, Samples.technician().get("/api/questionnaires/due").status());
    }

    /** Every item answered: the hand-worked response of the scoring tests (SUM 68.72). */
    static Map<Integer, Integer> complete() {
        Map<Integer, Integer> answers = new java.util.HashMap<>();
        int[] given = {1, 2, 1, 1, 1, 2, 2, 3, 2, 2, 1, 3, 2, 1, 1, 4, 1, 4, 3, 1, 2, 2, 3, 1, 2, 1, 1, 2, 5, 6};
        for (int i = 0; i < given.length; i++) {
            answers.put(i + 1, given[i]);
        }
        return answers;
    }

    private String participant(LocalDate diagnosed, String cohort, LocalDate consented, boolean questionnaires) {
        JsonObject enrolment = Json.createObjectBuilder(Participants.enrolment(Participants.newMrn()))
                .add("diagnosisDate", diagnosed.toString()).add("cohort", cohort).build();
        Api.Response enrolled = nurse.post("/api/participants", enrolment);
        assertEquals(201, enrolled.status(), enrolled::toString);
        String pseudonym = enrolled.object().getString("pseudonym");
        Api.Response consent = nurse.post("/api/participants/" + pseudonym + "/consents",
                Participants.consent(consented.toString(), Map.of("QUESTIONNAIRES", questionnaires)));
        assertEquals(201, consent.status(), consent::toString);
        return pseudonym;
    }

    private static String responses(String pseudonym) {
        return "/api/participants/" + pseudonym + "/questionnaires";
    }

    private static JsonObject response(LocalDate completedOn, Map<Integer, Integer> answers) {
        JsonObjectBuilder given = Json.createObjectBuilder();
        answers.forEach((item, answer) -> given.add(String.valueOf(item), answer));
        return Json.createObjectBuilder().add("completedOn", completedOn.toString()).add("answers", given).build();
    }

    private List<JsonObject> timePoints(String pseudonym, LocalDate on) {
        String path = on == null ? responses(pseudonym) : Api.query(responses(pseudonym), "on", on.toString());
        Api.Response schedule = nurse.get(path);
        assertEquals(200, schedule.status(), schedule::toString);
        return schedule.object().getJsonArray("timePoints").getValuesAs(JsonObject.class);
    }

    private JsonObject point(String pseudonym, String code, LocalDate on) {
        return timePoints(pseudonym, on).stream().filter(t -> t.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no time point " + code + " for " + pseudonym));
    }

    private String status(String pseudonym, String code, LocalDate on) {
        return point(pseudonym, code, on).getString("status");
    }

    private static JsonObject schedule(String cohort) {
        JsonArrayBuilder points = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "T0").add("label", "Before the first cycle").add("offsetMonths", 0)
                        .add("windowBeforeDays", 14).add("windowAfterDays", 3))
                .add(Json.createObjectBuilder().add("code", "M3").add("label", "3 months").add("offsetMonths", 3)
                        .add("windowBeforeDays", 14).add("windowAfterDays", 14));
        return Json.createObjectBuilder().add("cohort", cohort).add("name", "Trial schedule")
                .add("questionnaireCode", "QLQ-C30").add("anchor", "TREATMENT_START").add("points", points).build();
    }
}
