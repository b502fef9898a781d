package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.ApiErrorsIT.assertJsonError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Participants;
import org.junit.jupiter.api.Test;

/** Recording consent, superseding it, and withdrawing it: the rules of DESIGN.md 3 and 5 on the participant side. */
@OnPayara
class ConsentsIT {

    private final Api nurse = Participants.nurse();

    @Test
    void aConsentWithEveryItemAnsweredIsRecordedAndCovers() {
        String pseudonym = Participants.enrol();
        Api.Response recorded = nurse.post(consents(pseudonym),
                Participants.consent("2026-10-02", Map.of("GENETIC_RESEARCH", false)));

        assertEquals(201, recorded.status(), recorded::toString);
        assertTrue(Participants.covers(pseudonym, "TISSUE,BLOOD", "2026-10-02"));
        assertFalse(Participants.covers(pseudonym, "TISSUE,GENETIC_RESEARCH", "2026-10-02"), "said no to genetic research");
        assertFalse(Participants.covers(pseudonym, "TISSUE", "2026-10-01"), "no consent before the day of signing");
    }

    @Test
    void aSignatureInTheFutureIsRefused() {
        String pseudonym = Participants.enrol();
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertRefused(nurse.post(consents(pseudonym), Participants.consent(tomorrow, Map.of())), "signedOn");
    }

    @Test
    void aSignatureBeforeTheFormWasValidIsRefused() {
        String pseudonym = Participants.enrol();
        assertRefused(nurse.post(consents(pseudonym), Participants.consent("2008-12-31", Map.of())), "signedOn");
    }

    @Test
    void anItemLeftUnansweredIsRefusedAndNothingIsSaved() {
        String pseudonym = Participants.enrol();
        JsonObject consent = Participants.consent("2026-10-02", Map.of());
        JsonObject withoutTissue = Json.createObjectBuilder(consent)
                .add("answers", Json.createObjectBuilder(consent.getJsonObject("answers")).remove("TISSUE")).build();

        assertRefused(nurse.post(consents(pseudonym), withoutTissue), "answers.TISSUE");
        assertEquals(0, nurse.get(consents(pseudonym)).array().size());
    }

    @Test
    void aFileThatIsNotAPdfIsRefused() {
        String pseudonym = Participants.enrol();
        JsonObject photo = Json.createObjectBuilder(Participants.consent("2026-10-02", Map.of()))
                .add("documentName", "consent.pdf")
                .add("document", Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1}))
                .build();
        assertRefused(nurse.post(consents(pseudonym), photo), "document");
    }

    @Test
    void aNewConsentSupersedesTheOldOneWhichStaysInTheHistory() {
        String pseudonym = Participants.enrol();
        nurse.post(consents(pseudonym), Participants.consent("2026-09-10", Map.of("TISSUE", false)));
        Api.Response second = nurse.post(consents(pseudonym), Participants.consent("2026-10-10", Map.of()));
        assertEquals(201, second.status(), second::toString);

        List<JsonObject> history = nurse.get(consents(pseudonym)).array().getValuesAs(JsonObject.class);
        assertEquals(2, history.size());
        assertEquals("2026-10-10", history.get(0).getString("signedOn"));
        assertTrue(history.get(0).getBoolean("current"));
        assertFalse(history.get(1).getBoolean("current"));
        assertFalse(Participants.covers(pseudonym, "TISSUE", "2026-09-20"), "the first consent said no");
        assertTrue(Participants.covers(pseudonym, "TISSUE", "2026-10-20"), "the second says yes");
    }

    @Test
    void aPartialWithdrawalTakesBackOnlyItsItemsFromItsDate() {
        String pseudonym = Participants.enrol();
        nurse.post(consents(pseudonym), Participants.consent("2026-09-10", Map.of()));
        JsonObject withdrawal = Json.createObjectBuilder().add("withdrawnOn", "2026-11-01").add("scope", "NO_FURTHER_USE")
                .add("items", Json.createArrayBuilder().add("GENETIC_RESEARCH")).add("reason", "worried about DNA").build();

        Api.Response preview = nurse.post(withdrawals(pseudonym) + "/preview", withdrawal);
        assertEquals(List.of("GENETIC_RESEARCH"), preview.object().getJsonArray("itemsTakenBack")
                .getValuesAs(jakarta.json.JsonString::getString), preview::toString);
        assertFalse(preview.object().getBoolean("endsParticipation"));
        assertEquals(0, nurse.get(withdrawals(pseudonym)).array().size(), "a preview saves nothing");

        assertEquals(201, nurse.post(withdrawals(pseudonym), withdrawal).status());
        assertTrue(Participants.covers(pseudonym, "GENETIC_RESEARCH", "2026-10-31"));
        assertFalse(Participants.covers(pseudonym, "GENETIC_RESEARCH", "2026-11-01"));
        assertTrue(Participants.covers(pseudonym, "TISSUE,BLOOD", "2026-11-02"), "the rest still holds");
        assertEquals("ACTIVE", nurse.get("/api/participants/" + pseudonym).object().getString("status"));
    }

    @Test
    void aFullWithdrawalEndsParticipationAndEveryUse() {
        String pseudonym = Participants.enrol();
        nurse.post(consents(pseudonym), Participants.consent("2026-09-10", Map.of()));
        JsonObject withdrawal = Json.createObjectBuilder().add("withdrawnOn", "2026-11-01").add("scope", "DESTROY_MATERIAL")
                .add("reason", "no longer wants to take part").build();

        Api.Response recorded = nurse.post(withdrawals(pseudonym), withdrawal);

        assertEquals(201, recorded.status(), recorded::toString);
        JsonObject participant = nurse.get("/api/participants/" + pseudonym).object();
        assertEquals("WITHDRAWN", participant.getString("status"));
        assertEquals("2026-11-01", participant.getString("statusDate"));
        assertFalse(Participants.covers(pseudonym, "CLINICAL_DATA", "2026-11-02"));
        assertRefused(nurse.post(withdrawals(pseudonym), withdrawal), "participant");
    }

    @Test
    void aWithdrawalWithoutReasonOrWithAnUnknownItemIsRefused() {
        String pseudonym = Participants.enrol();
        assertRefused(nurse.post(withdrawals(pseudonym), Json.createObjectBuilder().add("withdrawnOn", "2026-11-01")
                .add("scope", "NO_FURTHER_USE").add("items", Json.createArrayBuilder().add("SKYDIVING")).build()),
                "items");
    }

    @Test
    void whoIsCoveredIsAnsweredForManyParticipantsAtOnce() {
        String yes = Participants.enrol();
        String no = Participants.enrol();
        String withdrawn = Participants.enrol();
        nurse.post(consents(yes), Participants.consent("2026-09-10", Map.of()));
        nurse.post(consents(no), Participants.consent("2026-09-10", Map.of("GENETIC_RESEARCH", false)));
        nurse.post(consents(withdrawn), Participants.consent("2026-09-10", Map.of()));
        nurse.post(withdrawals(withdrawn), Json.createObjectBuilder().add("withdrawnOn", "2026-10-01")
                .add("scope", "NO_FURTHER_USE").add("reason", "test").build());

        List<String> covered = nurse.get(Api.query("/api/participants/covered", "items", "TISSUE,GENETIC_RESEARCH",
                "on", "2026-10-15")).object().getJsonArray("pseudonyms").getValuesAs(jakarta.json.JsonString::getString);

        assertTrue(covered.contains(yes), covered::toString);
        assertFalse(covered.contains(no), "said no to genetic research");
        assertFalse(covered.contains(withdrawn), "withdrew before that day");
        assertJsonError(403, Api.as(nl.databiobank.lims.it.support.DemoLogins.of("researcher"))
                .get("/api/participants/covered?items=TISSUE"));
    }

    @Test
    void theDatabaseRefusesToChangeAFormInUse() throws SQLException {
        String pseudonym = Participants.enrol();
        nurse.post(consents(pseudonym), Participants.consent("2026-09-10", Map.of()));
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update consent_item set text_en = 'something else' where code = 'TISSUE' and form_id = 1"));
        }
    }

    @Test
    void theDatabaseRefusesAConsentWithAnItemUnanswered() throws SQLException {
        String pseudonym = Participants.enrol();
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.executeUpdate("insert into consent (id, participant_id, form_id, signed_on, recorded_by, recorded_at,"
                    + " document_name, document, document_sha256) select 999999999, p.id, 1, date '2026-10-01', 'sql',"
                    + " now(), 'x.pdf', '\\x25504446'::bytea, repeat('0', 64) from participant p where p.pseudonym = '"
                    + pseudonym + "'");
            assertThrows(SQLException.class, db::commit, "the deferred check refuses the consent at commit");
            db.rollback();
        }
    }

    @Test
    void anAdministratorAddsFormVersionsAndNobodyElseMay() {
        String code = "TEST-" + Participants.newMrn();
        JsonObject form = Json.createObjectBuilder().add("code", code).add("title", "Test form").add("languages", "nl,en")
                .add("ethicsReference", "METc 2026/001").add("validFrom", "2026-01-01").add("witnessRequired", true)
                .add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("code", "BLOOD").add("textNl", "Bloed").add("textEn", "Blood"))
                        .add(Json.createObjectBuilder().add("code", "TISSUE").add("textNl", "Weefsel").add("textEn", "Tissue")))
                .build();
        Api admin = Api.as(nl.databiobank.lims.it.support.DemoLogins.admin());

        assertJsonError(403, nurse.post("/api/consent-forms", form));
        Api.Response first = admin.post("/api/consent-forms", form);
        Api.Response second = admin.post("/api/consent-forms", form);

        assertEquals(201, first.status(), first::toString);
        assertEquals(1, first.object().getInt("version"));
        assertEquals(2, second.object().getInt("version"), "the same code again is the next version");
        assertRefused(admin.post("/api/consent-forms", Json.createObjectBuilder(form).add("items",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "BLOOD").add("textNl", "x").add("textEn", "y"))
                        .add(Json.createObjectBuilder().add("code", "BLOOD").add("textNl", "x").add("textEn", "y"))).build()),
                "items[1].code");

        String pseudonym = Participants.enrol();
        JsonObject consent = Json.createObjectBuilder().add("formCode", code).add("formVersion", 1).add("signedOn", "2026-02-01")
                .add("answers", Json.createObjectBuilder().add("BLOOD", true).add("TISSUE", false))
                .add("documentName", "x.pdf").add("document", Participants.pdf()).build();
        assertRefused(nurse.post(consents(pseudonym), consent), "witness");
        assertEquals(201, nurse.post(consents(pseudonym), Json.createObjectBuilder(consent).add("witness", "J. Getuige").build())
                .status());
    }

    private static String consents(String pseudonym) {
        return "/api/participants/" + pseudonym + "/consents";
    }

    private static String withdrawals(String pseudonym) {
        return "/api/participants/" + pseudonym + "/withdrawals";
    }

    private static void assertRefused(Api.Response response, String field) {
        assertJsonError(400, response);
        assertTrue(response.object().getJsonArray("details").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> field.equals(d.getString("field"))), () -> "a detail for " + field + ": " + response);
    }
}
