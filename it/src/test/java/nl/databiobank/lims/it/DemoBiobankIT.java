package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Participants;
import org.junit.jupiter.api.Test;

/**
 * Demo mode starts with a small biobank for nurses to try. Its consents carry the demo form
 * {@code demo-consent.pdf}, which tells them from the participants other tests enrol.
 */
@OnPayara
class DemoBiobankIT {

    private static final String DEMO = " from participant p where exists (select 1 from consent c"
            + " where c.participant_id = p.id and c.document_name = 'demo-consent.pdf')";

    private final Api nurse = Participants.nurse();

    @Test
    void fiftyDemoParticipantsAcrossHospitalsAndCohorts() throws SQLException {
        assertTrue(number("select count(*) from participant") >= 50);
        assertEquals(50, number("select count(*)" + DEMO));
        assertTrue(number("select count(distinct p.hospital_id)" + DEMO) >= 6);
        assertTrue(number("select count(distinct p.cohort)" + DEMO) >= 6);
    }

    @Test
    void oneDemoParticipantHasWithdrawn() throws SQLException {
        List<String> withdrawn = pseudonyms("select p.pseudonym" + DEMO + " and p.status = 'WITHDRAWN'");
        assertEquals(1, withdrawn.size(), withdrawn::toString);

        Api.Response participant = nurse.get("/api/participants/" + withdrawn.get(0));
        assertEquals(200, participant.status(), participant::toString);
        assertEquals("WITHDRAWN", participant.object().getString("status"));
    }

    @Test
    void oneDemoParticipantSignedASecondConsentThatSupersedesTheFirst() throws SQLException {
        List<String> twice = pseudonyms("select p.pseudonym" + DEMO
                + " and (select count(*) from consent c where c.participant_id = p.id) = 2");
        assertEquals(1, twice.size(), twice::toString);

        Api.Response history = nurse.get("/api/participants/" + twice.get(0) + "/consents");
        assertEquals(200, history.status(), history::toString);
        List<JsonObject> consents = history.array().getValuesAs(JsonObject.class);
        assertEquals(2, consents.size(), history::toString);
        assertTrue(consents.get(0).getBoolean("current"));
        assertTrue(consents.get(0).getJsonObject("answers").getBoolean("TISSUE"), history::toString);
        assertFalse(consents.get(1).getBoolean("current"));
        assertFalse(consents.get(1).getJsonObject("answers").getBoolean("TISSUE"), history::toString);
        // made through the nurses' own service, run as the demo-data principal (glassfish-ejb-jar.xml)
        assertEquals("system (demo data)", consents.get(0).getString("recordedBy"), history::toString);
    }

    @Test
    void aDemoParticipantTookBackGeneticResearchOnly() throws SQLException {
        List<String> partly = pseudonyms("select p.pseudonym" + DEMO + " and p.status = 'ACTIVE' and exists"
                + " (select 1 from withdrawal w where w.participant_id = p.id)");
        assertEquals(1, partly.size(), partly::toString);

        String today = LocalDate.now().toString();
        assertFalse(Participants.covers(partly.get(0), "GENETIC_RESEARCH", today));
        assertTrue(Participants.covers(partly.get(0), "BLOOD,TISSUE", today));
    }

    @Test
    void theSignedFormOfADemoConsentIsAPdfThatSaysItIsNotReal() throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "select document from consent where document_name = 'demo-consent.pdf' limit 1");
             ResultSet row = query.executeQuery()) {
            assertTrue(row.next());
            String pdf = new String(row.getBytes(1), StandardCharsets.ISO_8859_1);
            assertTrue(pdf.startsWith("%PDF-"));
            assertTrue(pdf.contains("not a real signature"));
        }
    }

    private static long number(String sql) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<String> pseudonyms(String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }
}
