package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static nl.databiobank.lims.it.support.Requests.agree;
import static nl.databiobank.lims.it.support.Requests.allocate;
import static nl.databiobank.lims.it.support.Requests.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Requests;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

/**
 * Material requests (issue 7): the workflow, feasibility in counts only, every reason code of the
 * eligibility contract, exclusive reservations under parallel allocation, and what a withdrawal and
 * a refusing physician take off a request.
 */
@OnPayara
class RequestsIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String DR_DE_VRIES = "Dr. A. de Vries";

    private final Api ethics = Requests.ethics();
    private final Api technician = Api.as(DemoLogins.of("technician"));

    @Test
    void everyMissingKeyIsNamedAndWithAllKeysInPlaceTheSampleIsEligible() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD", "GENETIC_RESEARCH"),
                TODAY.minusDays(30), TODAY.plusYears(1));
        String consented = Requests.participant(DR_DE_VRIES, Map.of());
        List<String> own = Requests.collect(consented, "2026-10-01T09:30", type + ":1.0", "SERUM:1.0", type + ":0.2");
        String sample = own.get(0);
        String withoutGenetics = Requests.participant(DR_DE_VRIES, Map.of("GENETIC_RESEARCH", false));
        String noGenetics = Requests.collect(withoutGenetics, "2026-10-01T09:30", type + ":1.0").get(0);

        Api researcher = Api.as(lead);
        Api.Response filed = researcher.post("/api/requests", Requests.request(study, type, 0.5, 2));
        assertEquals(201, filed.status(), filed::toString);
        long id = filed.object().getJsonNumber("id").longValue();
        assertEquals(List.of("REQUEST_NOT_APPROVED", "PHYSICIAN_AGREEMENT_MISSING"), reasons(technician, id, sample),
                "a draft has neither key");

        assertEquals(200, researcher.post("/api/requests/" + id + "/submit").status());
        assertEquals(200, ethics.post("/api/requests/" + id + "/decision", Json.createObjectBuilder()
                .add("approve", true).add("note", "Within two years").build()).status());
        assertEquals(List.of("PHYSICIAN_AGREEMENT_MISSING"), reasons(technician, id, sample));

        Api.Response reserved = allocate(technician, id, sample);
        assertEquals(200, reserved.status(), reserved::toString);
        JsonObject physician = technician.get("/api/requests/" + id + "/physicians").array().getJsonObject(0);
        assertEquals(DR_DE_VRIES, physician.getString("physician"));
        assertEquals(1, physician.getInt("samples"));
        assertEquals(200, agree(id, DR_DE_VRIES, true, null).status());

        Api.Response eligible = technician.get("/api/requests/" + id + "/eligibility?sample=" + sample);
        assertEquals(200, eligible.status(), eligible::toString);
        assertEquals(Json.createObjectBuilder().add("eligible", true).add("reasons", Json.createArrayBuilder()).build(),
                eligible.object(), "the exact contract, with every key in place");

        assertEquals(List.of("SAMPLE_TYPE_NOT_IN_SCOPE"), reasons(technician, id, own.get(1)));
        assertEquals(List.of("INSUFFICIENT_QUANTITY"), reasons(technician, id, own.get(2)));
        assertEquals(List.of("CONSENT_MISSING:GENETIC_RESEARCH"), reasons(technician, id, noGenetics));

        String other = Requests.study(Users.create("pi", "RESEARCHER"), List.of(type), List.of("BLOOD"),
                TODAY.minusDays(30), TODAY.plusYears(1));
        String elsewhere = Requests.collect(Requests.participant(DR_DE_VRIES, Map.of()), "2026-10-01T09:30",
                type + ":1.0").get(0);
        assertEquals(List.of(), reasons(technician, id, elsewhere));
        Login otherLead = Users.create("pi", "RESEARCHER");
        String third = Requests.study(otherLead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30),
                TODAY.plusYears(1));
        long competing = Requests.approved(Api.as(otherLead), Requests.request(third, type, 0.5, 1));
        assertEquals(200, allocate(technician, competing, elsewhere).status());
        assertEquals(List.of("SAMPLE_NOT_AVAILABLE"), reasons(technician, id, elsewhere),
                "reserved by another request");
        assertError(409, allocate(technician, id, elsewhere));
        assertTrue(other.startsWith("RQ-"));

        String leaving = Requests.participant(DR_DE_VRIES, Map.of());
        String withdrawn = Requests.collect(leaving, "2026-10-01T09:30", type + ":1.0").get(0);
        withdraw(leaving, "NO_FURTHER_USE");
        assertTrue(reasons(technician, id, withdrawn).contains("PARTICIPANT_WITHDRAWN"),
                () -> reasons(technician, id, withdrawn).toString());

        // an amendment that starts tomorrow is the current approval, and does not hold today
        Requests.approve(study, 1, List.of(type), List.of("BLOOD", "GENETIC_RESEARCH"), TODAY, TODAY.plusDays(1),
                TODAY.plusYears(2));
        assertEquals(List.of("APPROVAL_NOT_VALID"), reasons(technician, id, sample));

        assertRefused(technician.get("/api/requests/" + id + "/eligibility"), "sample");
        assertError(404, technician.get("/api/requests/" + id + "/eligibility?sample=S999999999X"));
        assertError(403, researcher.get("/api/requests/" + id + "/eligibility?sample=" + sample));
    }

    @Test
    void feasibilityGivesCountsOnlyAndHidesCountsBelowFive() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        Api researcher = Api.as(lead);
        for (int i = 0; i < 3; i++) {
            Requests.collect(Requests.participant(DR_DE_VRIES, Map.of()), "2026-10-0" + (i + 1) + "T09:30",
                    type + ":1.0", type + ":1.0");
        }
        Api.Response few = researcher.post("/api/requests/feasibility", Requests.request(study, type, 0.5, 2));
        assertEquals(200, few.status(), few::toString);
        assertEquals(Json.createObjectBuilder().add("participants", "< 5").add("samples", "6").build(), few.object());

        for (int i = 0; i < 3; i++) {
            Requests.collect(Requests.participant(DR_DE_VRIES, Map.of()), "2026-10-1" + i + "T09:30", type + ":1.0");
        }
        JsonObject more = researcher.post("/api/requests/feasibility", Requests.request(study, type, 0.5, 2)).object();
        assertEquals("6", more.getString("participants"));
        assertEquals("9", more.getString("samples"));
        assertEquals("< 5", researcher.post("/api/requests/feasibility", Requests.request(study, type, 1.5, 2))
                .object().getString("samples"), "nothing holds 1.5 mL");

        assertRefused(researcher.post("/api/requests/feasibility", Json.createObjectBuilder(
                Requests.request(study, type, 0.5, 2)).add("timePoints", Requests.array(List.of("M3", "week 2")))
                .build()), "timePoints[1]");
        assertError(404, Api.as(Users.create("outsider", "RESEARCHER")).post("/api/requests/feasibility",
                Requests.request(study, type, 0.5, 2)));

        // the proposal: first in, first out, one per participant, as many participants as asked
        long id = Requests.approved(researcher, Requests.request(study, type, 0.5, 2));
        List<JsonObject> proposal = technician.get("/api/requests/" + id + "/allocation/proposal").array()
                .getValuesAs(JsonObject.class);
        assertEquals(2, proposal.size(), proposal::toString);
        assertTrue(proposal.get(0).getString("collectedAt").startsWith("2026-10-01"), proposal::toString);
        assertTrue(proposal.get(1).getString("collectedAt").startsWith("2026-10-02"), proposal::toString);
        Api.Response reserved = technician.post("/api/requests/" + id + "/allocation", Json.createObjectBuilder().build());
        assertEquals(200, reserved.status(), reserved::toString);
        assertEquals("ALLOCATED", researcher.get("/api/requests/" + id).object().getString("status"));
        assertEquals("7", researcher.get("/api/requests/" + id + "/feasibility").object().getString("samples"),
                "reserved material no longer counts");
    }

    @Test
    void twoRequestsAllocatingTheSameTubesAtOnceNeverShareOne() throws Exception {
        String type = Requests.newSampleType();
        List<String> tubes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tubes.add(Requests.collect(Requests.participant(DR_DE_VRIES, Map.of()), "2026-10-01T09:30", type + ":1.0")
                    .get(0));
        }
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Login lead = Users.create("pi", "RESEARCHER");
            String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(1), TODAY.plusYears(1));
            requests.add(Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 4)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            for (String tube : tubes) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (long id : requests) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return allocate(technician, id, tube);
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Api.Response> answer : answers) {
                    Api.Response response = answer.get();
                    assertTrue(response.status() == 200 || response.status() == 409, response::toString);
                    won += response.status() == 200 ? 1 : 0;
                }
                assertEquals(1, won, "exactly one request reserves " + tube);
                assertEquals(1, activeReservations(tube), tube);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWithdrawalCancelsTheReservationAtOnceAndTellsTheCoordinator() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        String pseudonym = Requests.participant(DR_DE_VRIES, Map.of());
        String sample = Requests.collect(pseudonym, "2026-10-01T09:30", type + ":1.0").get(0);
        long id = Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 1));
        assertEquals(200, allocate(technician, id, sample).status());
        assertEquals("RESERVED", technician.get("/api/samples/" + sample).object().getString("status"));

        withdraw(pseudonym, "NO_FURTHER_USE");

        JsonObject allocated = technician.get("/api/requests/" + id + "/allocation").array().getJsonObject(0);
        assertEquals("CANCELLED", allocated.getString("state"));
        assertTrue(allocated.getString("cancelReason").contains("withdrawal of " + pseudonym), allocated::toString);
        assertEquals("AVAILABLE", technician.get("/api/samples/" + sample).object().getString("status"));
        assertEquals("APPROVED", ethics.get("/api/requests/" + id).object().getString("status"),
                "nothing is held any more");
        JsonObject notice = ethics.get("/api/requests/" + id + "/notices").array().getJsonObject(0);
        assertEquals("RESERVATION_CANCELLED", notice.getString("kind"));
        assertEquals("technician", notice.getString("addressee"), "the one who allocated coordinates");
        assertTrue(reasons(technician, id, sample).contains("PARTICIPANT_WITHDRAWN"));

        long noticeId = notice.getJsonNumber("id").longValue();
        assertTrue(unread(technician).contains(noticeId), "the coordinator finds it among their unread notices");
        assertError(404, ethics.post("/api/requests/notices/" + noticeId + "/read"));
        assertEquals(204, technician.post("/api/requests/notices/" + noticeId + "/read").status());
        assertTrue(!unread(technician).contains(noticeId), "marked read");
    }

    private static List<Long> unread(Api who) {
        return who.get("/api/requests/notices").array().getValuesAs(JsonObject.class).stream()
                .map(n -> n.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aRefusingPhysicianTakesTheirPatientsMaterialOffTheRequest() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        String mulder = Requests.collect(Requests.participant("Dr. K. Mulder", Map.of()), "2026-10-01T09:30",
                type + ":1.0").get(0);
        String deVries = Requests.collect(Requests.participant(DR_DE_VRIES, Map.of()), "2026-10-02T09:30",
                type + ":1.0").get(0);
        long id = Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 2));
        assertEquals(200, allocate(technician, id, mulder, deVries).status());

        assertRefused(agree(id, "Dr. K. Mulder", false, null), "note");
        assertRefused(agree(id, "Dr. Nobody", true, null), "physician");
        assertError(403, Api.as(lead).put("/api/requests/" + id + "/physicians", Json.createObjectBuilder()
                .add("physician", DR_DE_VRIES).add("agreed", true).build()));
        assertEquals(200, agree(id, "Dr. K. Mulder", false, "Patient in palliative care").status());
        assertEquals(200, agree(id, DR_DE_VRIES, true, null).status());

        List<JsonObject> allocation = technician.get("/api/requests/" + id + "/allocation").array()
                .getValuesAs(JsonObject.class);
        assertEquals("CANCELLED", state(allocation, mulder));
        assertEquals("RESERVED", state(allocation, deVries));
        assertEquals(List.of(), reasons(technician, id, deVries));
        assertEquals("AVAILABLE", technician.get("/api/samples/" + mulder).object().getString("status"));
        assertError(409, allocate(technician, id, mulder));
    }

    @Test
    void theWorkflowIsAttributedAndRefusesWhatIsNotNext() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        Api researcher = Api.as(lead);

        Api.Response incomplete = researcher.post("/api/requests", Json.createObjectBuilder(
                Requests.request(study, type, 0, 0)).remove("title").build());
        for (String field : List.of("title", "minQuantity", "participants")) {
            assertRefused(incomplete, field);
        }
        assertError(403, ethics.post("/api/requests", Requests.request(study, type, 0.5, 1)));
        long id = Requests.submitted(researcher, Requests.request(study, type, 0.5, 1));
        assertError(404, Api.as(Users.create("outsider", "RESEARCHER")).get("/api/requests/" + id));
        String twice = assertError(409, researcher.post("/api/requests/" + id + "/submit"));
        assertTrue(twice.contains("Request " + id + " is submitted"), twice);
        assertError(403, researcher.post("/api/requests/" + id + "/decision", Json.createObjectBuilder()
                .add("approve", true).build()));
        assertTrue(ethics.get("/api/requests/review-queue").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id));
        assertError(409, technician.post("/api/requests/" + id + "/allocation", Json.createObjectBuilder().build()));

        assertEquals(200, ethics.post("/api/requests/" + id + "/review").status());
        assertRefused(ethics.post("/api/requests/" + id + "/decision", Json.createObjectBuilder()
                .add("approve", false).build()), "note");
        Api.Response rejected = ethics.post("/api/requests/" + id + "/decision", Json.createObjectBuilder()
                .add("approve", false).add("note", "Outside the approved scope").build());
        assertEquals(200, rejected.status(), rejected::toString);

        JsonObject seen = researcher.get("/api/requests/" + id).object();
        assertEquals("REJECTED", seen.getString("status"));
        assertEquals("Outside the approved scope", seen.getString("decisionNote"));
        List<String> steps = seen.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("status") + " by " + s.getString("by")).toList();
        assertEquals(List.of("DRAFT by " + lead.username(), "SUBMITTED by " + lead.username(), "UNDER_REVIEW by ethics",
                "REJECTED by ethics"), steps);
        assertError(409, ethics.post("/api/requests/" + id + "/decision", Json.createObjectBuilder()
                .add("approve", true).build()));

        // no approval is valid today: the officer cannot approve
        Login later = Users.create("pi", "RESEARCHER");
        String future = Requests.study(later, List.of(type), List.of("BLOOD"), TODAY.plusDays(10), TODAY.plusYears(1));
        long early = Requests.submitted(Api.as(later), Requests.request(future, type, 0.5, 1));
        assertError(409, ethics.post("/api/requests/" + early + "/decision", Json.createObjectBuilder()
                .add("approve", true).build()));
    }

    @Test
    void closingARequestFreesWhatItStillHolds() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        String sample = Requests.collect(Requests.participant(DR_DE_VRIES, Map.of()), "2026-10-01T09:30",
                type + ":1.0").get(0);
        long id = Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 1));
        assertEquals(200, allocate(technician, id, sample).status());

        assertError(403, technician.post("/api/requests/" + id + "/close", reason("not needed")));
        assertRefused(Api.as(lead).post("/api/requests/" + id + "/close", Json.createObjectBuilder().build()), "reason");
        Api.Response closed = Api.as(lead).post("/api/requests/" + id + "/close", reason("Grant not awarded"));
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("CLOSED", closed.object().getString("status"));
        assertEquals("AVAILABLE", technician.get("/api/samples/" + sample).object().getString("status"));
        JsonObject allocated = technician.get("/api/requests/" + id + "/allocation").array().getJsonObject(0);
        assertEquals("CANCELLED", allocated.getString("state"));
        assertTrue(allocated.getString("cancelReason").contains("Grant not awarded"), allocated::toString);
        assertError(409, Api.as(lead).post("/api/requests/" + id + "/close", reason("again")));
    }

    private static JsonObject reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build();
    }

    private static String state(List<JsonObject> allocation, String barcode) {
        return allocation.stream().filter(a -> a.getString("barcode").equals(barcode)).findFirst().orElseThrow()
                .getString("state");
    }

    private static int activeReservations(String barcode) throws Exception {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM request_sample a JOIN sample s ON s.id = a.sample_id"
                        + " WHERE s.barcode = ? AND a.state IN ('RESERVED', 'PICKED')")) {
            query.setString(1, barcode);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void withdraw(String pseudonym, String scope) {
        Api.Response recorded = Requests.nurse().post("/api/participants/" + pseudonym + "/withdrawals",
                Json.createObjectBuilder().add("withdrawnOn", TODAY.toString()).add("scope", scope)
                        .add("reason", "test of the request side").build());
        assertEquals(201, recorded.status(), recorded::toString);
    }
}
