package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.ApiErrorsIT.assertJsonError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Participants;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

/** Enrolment, pseudonyms and the identity that only research nurses see, each look logged. */
@OnPayara
class ParticipantsIT {

    private final Api nurse = Participants.nurse();

    @Test
    void enrolmentGivesAPseudonymWithACheckCharacterAndStoresTheIdentityEncrypted() throws SQLException {
        String mrn = Participants.newMrn();
        Api.Response enrolled = nurse.post("/api/participants", Participants.enrolment(mrn));

        assertEquals(201, enrolled.status(), enrolled::toString);
        String pseudonym = enrolled.object().getString("pseudonym");
        assertTrue(pseudonym.matches("P\\d{6}[0-9A-Z*]"), pseudonym);
        try (Connection db = Database.connect(); PreparedStatement identity = db.prepareStatement(
                "select i.mrn_sealed, i.name_sealed from participant_identity i join participant p on p.id = i.participant_id"
                        + " where p.pseudonym = ?")) {
            identity.setString(1, pseudonym);
            try (ResultSet row = identity.executeQuery()) {
                assertTrue(row.next());
                assertFalse(new String(row.getBytes(1)).contains(mrn), "the hospital number is not stored readable");
                assertFalse(new String(row.getBytes(2)).contains("Test Persoon"), "the name is not stored readable");
            }
        }
    }

    @Test
    void theSameHospitalNumberCannotBeEnrolledTwice() {
        String mrn = Participants.newMrn();
        assertEquals(201, nurse.post("/api/participants", Participants.enrolment(mrn)).status());

        // typed differently: with a space, as people do
        String again = mrn.substring(0, 3) + " " + mrn.substring(3);
        assertJsonError(409, nurse.post("/api/participants", Participants.enrolment(again)));
    }

    @Test
    void badEnrolmentNamesEveryField() {
        JsonObject bad = Json.createObjectBuilder(Participants.enrolment(Participants.newMrn()))
                .add("sex", "SOMETIMES").add("hospital", "NOWHERE").add("diagnosisCode", "C5").add("birthDate", "2199-01-01")
                .remove("cohort").build();
        Api.Response refused = nurse.post("/api/participants", bad);

        assertJsonError(400, refused);
        List<String> fields = refused.object().getJsonArray("details").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("field")).toList();
        assertEquals(List.of("birthDate", "sex", "hospital", "diagnosisCode", "diagnosisDate", "cohort"), fields,
                refused::toString);
    }

    @Test
    void identityIsForResearchNursesOnlyAndEveryLookIsLogged() {
        String mrn = Participants.newMrn();
        String pseudonym = nurse.post("/api/participants", Participants.enrolment(mrn)).object().getString("pseudonym");

        Api.Response researchView = Api.as(DemoLogins.of("technician")).get("/api/participants/" + pseudonym);
        assertEquals(200, researchView.status(), researchView::toString);
        assertFalse(researchView.body().contains(mrn) || researchView.body().contains("Test Persoon")
                || researchView.body().contains("1958-06-15"), researchView::toString);
        assertJsonError(403, Api.as(DemoLogins.of("technician")).withHeader("X-Reason", "curious")
                .get("/api/participants/" + pseudonym + "/identity"));
        assertJsonError(403, Api.as(DemoLogins.of("researcher")).get("/api/participants/" + pseudonym));

        assertJsonError(400, nurse.get("/api/participants/" + pseudonym + "/identity"));
        String reason = Users.uniqueName("patient phoned about appointment ");
        Api.Response identity = nurse.withHeader("X-Reason", reason).get("/api/participants/" + pseudonym + "/identity");
        assertEquals(200, identity.status(), identity::toString);
        assertEquals(mrn, identity.object().getString("mrn"));
        assertEquals("Test Persoon", identity.object().getString("name"));
        assertTrue(accessLogHas("VIEW_IDENTITY", pseudonym, reason));
    }

    @Test
    void aSearchByHospitalNumberIsLoggedWithItsReason() {
        String mrn = Participants.newMrn();
        String pseudonym = nurse.post("/api/participants", Participants.enrolment(mrn)).object().getString("pseudonym");
        String reason = Users.uniqueName("sample arrived with hospital number only ");

        Api.Response found = nurse.post("/api/participants/lookup",
                Json.createObjectBuilder().add("mrn", mrn).add("reason", reason).build());

        assertEquals(200, found.status(), found::toString);
        assertEquals(pseudonym, found.object().getString("pseudonym"));
        assertTrue(accessLogHas("SEARCH_MRN", pseudonym, reason));
        assertJsonError(400, nurse.post("/api/participants/lookup", Json.createObjectBuilder().add("mrn", mrn).build()));
    }

    @Test
    void statusChangesAreDatedAndOnlyAlongAllowedPaths() {
        String pseudonym = Participants.enrol();
        String path = "/api/participants/" + pseudonym + "/status";
        assertJsonError(400, nurse.put(path, Json.createObjectBuilder().add("status", "WITHDRAWN").add("date", "2026-11-01")
                .add("reason", "a withdrawal is recorded as one").build()));
        assertJsonError(400, nurse.put(path, Json.createObjectBuilder().add("status", "LOST_TO_FOLLOW_UP")
                .add("date", "2026-11-01").build()));

        Api.Response lost = nurse.put(path, Json.createObjectBuilder().add("status", "LOST_TO_FOLLOW_UP")
                .add("date", "2026-11-01").add("reason", "moved abroad, no address").build());
        assertEquals(200, lost.status(), lost::toString);
        assertEquals("LOST_TO_FOLLOW_UP", lost.object().getString("status"));
        assertEquals("2026-11-01", lost.object().getString("statusDate"));
        Api.Response deceased = nurse.put(path, Json.createObjectBuilder().add("status", "DECEASED")
                .add("date", "2026-11-10").add("reason", "reported by the GP").build());
        assertEquals("DECEASED", deceased.object().getString("status"), deceased::toString);
        assertJsonError(400, nurse.put(path, Json.createObjectBuilder().add("status", "ACTIVE")
                .add("date", "2026-11-11").add("reason", "mistake?").build()));
    }

    @Test
    void administratorsAddHospitalsOthersMayNot() {
        String code = "H" + Participants.newMrn();
        JsonObject hospital = Json.createObjectBuilder().add("code", code).add("name", "Test Hospital").add("city", "Zwolle").build();
        assertJsonError(403, nurse.post("/api/hospitals", hospital));
        assertEquals(201, Api.as(DemoLogins.admin()).post("/api/hospitals", hospital).status());
        assertJsonError(409, Api.as(DemoLogins.admin()).post("/api/hospitals", hospital));
        assertTrue(nurse.get("/api/hospitals").body().contains(code));
    }

    private static boolean accessLogHas(String action, String target, String details) {
        Api.Response log = Api.as(DemoLogins.of("ethics")).get(Api.query("/api/access-log", "action", action, "size", "100"));
        return log.object().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> target.equals(e.getString("target", null)) && e.getString("details", "").contains(details)
                        && "nurse".equals(e.getString("username")));
    }
}
