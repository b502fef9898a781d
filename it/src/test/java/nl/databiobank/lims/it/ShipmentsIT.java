package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static nl.databiobank.lims.it.support.Requests.agree;
import static nl.databiobank.lims.it.support.Requests.allocate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Requests;
import nl.databiobank.lims.it.support.Samples;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

/**
 * From allocation to usage (issue 7): the pick list in freezer order, scan-to-pick refusing strange
 * tubes, a shipment refused whole when a picked sample lost a key, study-specific pseudonyms, usage
 * reports, returns checked in by scanning, and overdue reports.
 */
@OnPayara
class ShipmentsIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String PHYSICIAN = "Dr. A. de Vries";

    private final Api technician = Api.as(DemoLogins.of("technician"));

    @Test
    void pickedInFreezerOrderAndRefusedWholeWhenAPickedSampleLostAKey() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        String staying = Requests.participant(PHYSICIAN, Map.of());
        String leaving = Requests.participant(PHYSICIAN, Map.of());
        String first = Requests.collect(staying, "2026-10-01T09:30", type + ":1.0").get(0);
        String second = Requests.collect(leaving, "2026-10-02T09:30", type + ":1.0").get(0);
        String box = Samples.newBox("GRID9X9");
        assertEquals(200, Samples.store(box, "C3", first).status());
        assertEquals(200, Samples.store(box, "A2", second).status());
        long id = Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 2));
        assertEquals(200, allocate(technician, id, first, second).status());

        List<JsonObject> list = technician.get("/api/requests/" + id + "/pick").array().getValuesAs(JsonObject.class);
        assertEquals(List.of(second, first), list.stream().map(l -> l.getString("barcode")).toList(),
                "A2 before C3 in the same box");
        assertEquals("C3", list.get(1).getString("position"));

        assertTrue(assertError(409, pick(id, first)).contains("may not leave"),
                "the physician has not agreed yet: the tube stays in its box");
        assertEquals(200, agree(id, PHYSICIAN, true, null).status());
        String stranger = Requests.collect(staying, "2026-10-03T09:30", type + ":1.0").get(0);
        assertTrue(assertError(409, pick(id, stranger)).contains("NOT on the pick list"));
        assertRefused(pick(id, first.substring(0, first.length() - 1) + "Z"), "barcode");
        assertEquals(200, pick(id, second).status());
        assertEquals(200, pick(id, first).status());
        assertError(409, pick(id, first));
        assertEquals("PICKED", technician.get("/api/requests/" + id).object().getString("status"));
        assertTrue(Samples.sample(first).isNull("location") || !Samples.sample(first).containsKey("location"),
                "a picked tube is out of its box");

        Api.Response withdrawn = Requests.nurse().post("/api/participants/" + leaving + "/withdrawals",
                Json.createObjectBuilder().add("withdrawnOn", TODAY.toString()).add("scope", "NO_FURTHER_USE")
                        .add("reason", "changed her mind").build());
        assertEquals(201, withdrawn.status(), withdrawn::toString);
        Api.Response refused = ship(id);
        assertEquals(409, refused.status(), refused::toString);
        JsonObject detail = refused.object().getJsonArray("details").getJsonObject(0);
        assertEquals(second, detail.getString("field"));
        assertTrue(detail.getString("message").contains("PARTICIPANT_WITHDRAWN"), detail::toString);
        assertEquals(1, refused.object().getJsonArray("details").size(), "only the sample that lost its key");
        assertEquals("RESERVED", Samples.sample(first).getString("status"), "nothing was shipped");
        assertEquals("PICKED_SAMPLE_WITHDRAWN", technician.get("/api/requests/" + id + "/notices").array()
                .getJsonObject(0).getString("kind"));

        assertEquals(204, technician.withHeader("X-Reason", "participant withdrew")
                .delete("/api/requests/" + id + "/allocation/" + second).status());
        Api.Response shipped = ship(id);
        assertEquals(201, shipped.status(), shipped::toString);
        assertEquals(TODAY.plusDays(365).toString(), shipped.object().getString("usageDueOn"));
        assertEquals("SHIPPED", Samples.sample(first).getString("status"));
        assertEquals("AVAILABLE", Samples.sample(second).getString("status"));
        assertEquals("SHIPPED", technician.get("/api/requests/" + id).object().getString("status"));
        assertTrue(technician.get("/api/samples/" + first + "/events").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "SHIPPED".equals(e.getString("kind"))), "the chain of custody records the shipment");
    }

    @Test
    void aParticipantHasOnePseudonymPerStudyAndDifferentOnesAcrossStudies() {
        String type = Requests.newSampleType();
        String pseudonym = Requests.participant(PHYSICIAN, Map.of());
        List<String> tubes = Requests.collect(pseudonym, "2026-10-01T09:30", type + ":1.0", type + ":1.0",
                type + ":1.0");
        Login leadA = Users.create("pi", "RESEARCHER");
        String studyA = Requests.study(leadA, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        Login leadB = Users.create("pi", "RESEARCHER");
        String studyB = Requests.study(leadB, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));

        long firstA = shipOne(leadA, studyA, type, tubes.get(0));
        long secondA = shipOne(leadA, studyA, type, tubes.get(1));
        long onlyB = shipOne(leadB, studyB, type, tubes.get(2));

        String inA = received(leadA, firstA).getString("studyPseudonym");
        assertEquals(inA, received(leadA, secondA).getString("studyPseudonym"), "stable within a study");
        String inB = received(leadB, onlyB).getString("studyPseudonym");
        assertNotEquals(inA, inB, "different across studies");
        assertNotEquals(pseudonym, inA, "never the biobank's own pseudonym");
        assertNotEquals(pseudonym, inB);
        assertTrue(inA.matches("SP-[2-9A-HJ-NP-Z]{8}"), inA);

        // usage: consumed, returned and checked in by scanning; a late report is listed
        Api researcherA = Api.as(leadA);
        assertRefused(report(researcherA, firstA, tubes.get(0), "LOST"), "usage");
        assertEquals(200, report(researcherA, firstA, tubes.get(0), "CONSUMED").status());
        assertError(409, technician.post("/api/usage/returns", scan(tubes.get(0))));
        assertEquals(200, report(researcherA, secondA, tubes.get(1), "RETURNED").status());
        assertEquals(200, technician.post("/api/usage/returns", scan(tubes.get(1))).status());
        assertEquals("AVAILABLE", Samples.sample(tubes.get(1)).getString("status"));
        assertError(409, technician.post("/api/usage/returns", scan(tubes.get(1))));
        assertError(404, Api.as(leadB).get("/api/requests/" + firstA + "/usage"));

        Requests.usageDueLongAgo(onlyB);
        Api ethics = Requests.ethics();
        assertTrue(ethics.get("/api/usage/overdue").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getJsonNumber("requestId").longValue() == onlyB && o.getInt("unreported") == 1));
        assertTrue(ethics.get("/api/usage/overdue").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(o -> o.getJsonNumber("requestId").longValue() == firstA), "reported in time");

        Api.Response withdrawn = Requests.nurse().post("/api/participants/" + pseudonym + "/withdrawals",
                Json.createObjectBuilder().add("withdrawnOn", TODAY.toString()).add("scope", "NO_FURTHER_USE")
                        .add("reason", "moved abroad").build());
        assertEquals(201, withdrawn.status(), withdrawn::toString);
        JsonObject notice = ethics.get("/api/requests/" + onlyB + "/notices").array().getJsonObject(0);
        assertEquals("WITHDRAWAL_AFTER_SHIPMENT", notice.getString("kind"));
        assertTrue(notice.getString("message").contains("Lab of " + leadB.username()), notice::toString);
    }

    private static long shipOne(Login lead, String study, String type, String barcode) {
        long id = Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 1));
        Requests.ship(id, barcode, PHYSICIAN, "Lab of " + lead.username(), "Hanzeplein 1, Groningen");
        return id;
    }

    private static JsonObject received(Login lead, long id) {
        return Api.as(lead).get("/api/requests/" + id + "/usage").array().getJsonObject(0);
    }

    private static Api.Response report(Api researcher, long id, String barcode, String usage) {
        return researcher.put("/api/requests/" + id + "/usage", Json.createObjectBuilder().add("barcode", barcode)
                .add("usage", usage).build());
    }

    private Api.Response pick(long id, String barcode) {
        return technician.post("/api/requests/" + id + "/pick", scan(barcode));
    }

    private Api.Response ship(long id) {
        return technician.post("/api/requests/" + id + "/shipment", Json.createObjectBuilder()
                .add("recipient", "Dr. J. Jansen, Pathology lab").add("address", "Hanzeplein 1, Groningen").build());
    }

    private static JsonObject scan(String barcode) {
        return Json.createObjectBuilder().add("barcode", barcode).build();
    }
}
