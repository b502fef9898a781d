package nl.databiobank.lims.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Studies, approvals, material of a sample type of a test's own, and requests through the API: each
 * test sees only its own candidates, however many other tests and the demo data left behind.
 */
public final class Requests {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** What approvals and requests name unless a test says otherwise. */
    private static final List<String> DATA_ITEMS = List.of("QUESTIONNAIRE_SCORES", "AGE_AT_COLLECTION");

    private Requests() {
    }

    public static Api ethics() {
        return Api.as(DemoLogins.of("ethics"));
    }

    public static Api nurse() {
        return Participants.nurse();
    }

    /** A fresh sample type (consent item BLOOD, unit mL); answers its code. */
    public static String newSampleType() {
        String code = "T" + (100_000 + RANDOM.nextInt(899_999));
        Api.Response created = Samples.admin().post("/api/sample-types", Json.createObjectBuilder()
                .add("code", code).add("nameEn", "Test serum " + code).add("nameNl", "Testserum " + code)
                .add("consentItem", "BLOOD").add("unit", "ML").add("defaultContainer", "Cryovial 1.0 mL")
                .add("material", "FLUID").build());
        expect(201, created, "sample type");
        return code;
    }

    /** A study led by {@code lead}, with an approval valid from {@code from} to {@code until}; answers its code. */
    public static String study(Login lead, List<String> sampleTypes, List<String> consentItems, LocalDate from,
                               LocalDate until) {
        return study(lead, sampleTypes, consentItems, from, until, DATA_ITEMS);
    }

    /** As above, with an approval that lets {@code dataItems} go with the material. */
    public static String study(Login lead, List<String> sampleTypes, List<String> consentItems, LocalDate from,
                               LocalDate until, List<String> dataItems) {
        String code = "RQ-" + (100_000 + RANDOM.nextInt(899_999));
        expect(201, ethics().post("/api/studies", Json.createObjectBuilder().add("code", code)
                .add("title", "Request test " + code).add("principalInvestigator", lead.username())
                .add("institution", "UMCG").build()), "study");
        approve(code, null, sampleTypes, consentItems, from.isAfter(LocalDate.now()) ? LocalDate.now() : from, from,
                until, dataItems);
        return code;
    }

    /** Records an approval (or, with {@code amends}, an amendment) of the study. */
    public static void approve(String study, Integer amends, List<String> sampleTypes, List<String> consentItems,
                               LocalDate decided, LocalDate from, LocalDate until) {
        approve(study, amends, sampleTypes, consentItems, decided, from, until, DATA_ITEMS);
    }

    /** As above, letting {@code dataItems} go with the material. */
    public static void approve(String study, Integer amends, List<String> sampleTypes, List<String> consentItems,
                               LocalDate decided, LocalDate from, LocalDate until, List<String> dataItems) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("committee", "METc UMCG")
                .add("referenceNumber", "METc 2026/" + RANDOM.nextInt(100_000))
                .add("decisionDate", decided.toString()).add("validFrom", from.toString())
                .add("validUntil", until.toString())
                .add("scope", Json.createObjectBuilder().add("sampleTypes", array(sampleTypes))
                        .add("consentItems", array(consentItems))
                        .add("dataItems", array(dataItems)));
        if (amends != null) {
            body.add("amends", amends);
        }
        expect(201, ethics().post("/api/studies/" + study + "/approvals", body.build()), "approval");
    }

    /** A participant of {@code physician}, consented to everything but the exceptions; answers the pseudonym. */
    public static String participant(String physician, Map<String, Boolean> exceptions) {
        JsonObject base = Participants.enrolment(Participants.newMrn());
        JsonObject enrolment = Json.createObjectBuilder(base).add("treatingPhysician", physician).build();
        Api.Response enrolled = nurse().post("/api/participants", enrolment);
        expect(201, enrolled, "enrolment");
        String pseudonym = enrolled.object().getString("pseudonym");
        expect(201, nurse().post("/api/participants/" + pseudonym + "/consents",
                Participants.consent("2026-09-10", exceptions)), "consent");
        return pseudonym;
    }

    /** Received samples of "TYPE:quantity", collected at {@code collectedAt}; answers the barcodes. */
    public static List<String> collect(String pseudonym, String collectedAt, String... typesAndQuantities) {
        Api.Response response = Samples.technician().post(Samples.collections(pseudonym),
                Samples.collection(collectedAt, typesAndQuantities));
        expect(201, response, "collection");
        return response.object().getJsonArray("barcodes").getValuesAs(JsonString::getString);
    }

    /** The body of POST /api/requests. */
    public static JsonObject request(String study, String sampleType, double minQuantity, int participants) {
        return Json.createObjectBuilder().add("study", study).add("title", "Cytokines in " + sampleType)
                .add("purpose", "Test of the request workflow").add("sampleType", sampleType)
                .add("minQuantity", minQuantity).add("participants", participants)
                .add("dataItems", array(DATA_ITEMS)).build();
    }

    /** Files and submits as {@code researcher}; answers the request's id. */
    public static long submitted(Api researcher, JsonObject request) {
        Api.Response filed = researcher.post("/api/requests", request);
        expect(201, filed, "filing");
        long id = filed.object().getJsonNumber("id").longValue();
        expect(200, researcher.post("/api/requests/" + id + "/submit", Json.createObjectBuilder().build()), "submit");
        return id;
    }

    /** Files, submits and has the officer approve; answers the request's id. */
    public static long approved(Api researcher, JsonObject request) {
        long id = submitted(researcher, request);
        expect(200, ethics().post("/api/requests/" + id + "/decision", Json.createObjectBuilder().add("approve", true)
                .add("note", "Use within two years").build()), "approval");
        return id;
    }

    public static Api.Response allocate(Api who, long id, String... barcodes) {
        return who.post("/api/requests/" + id + "/allocation", Json.createObjectBuilder()
                .add("barcodes", array(List.of(barcodes))).build());
    }

    public static Api.Response agree(long id, String physician, boolean agreed, String note) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("physician", physician).add("agreed", agreed);
        if (note != null) {
            body.add("note", note);
        }
        return nurse().put("/api/requests/" + id + "/physicians", body.build());
    }

    /**
     * Takes an approved request with one sample all the way: allocated by the demo technician, agreed to by
     * the physician, picked and shipped to {@code recipient}.
     */
    public static void ship(long id, String barcode, String physician, String recipient, String address) {
        Api technician = Samples.technician();
        expect(200, allocate(technician, id, barcode), "allocation");
        expect(200, agree(id, physician, true, null), "agreement");
        expect(200, technician.post("/api/requests/" + id + "/pick", Json.createObjectBuilder()
                .add("barcode", barcode).build()), "pick");
        expect(201, technician.post("/api/requests/" + id + "/shipment", Json.createObjectBuilder()
                .add("recipient", recipient).add("address", address).build()), "shipment");
    }

    /** As if the request's shipment had gone out 400 days ago and its usage report were due 35 days ago. */
    public static void usageDueLongAgo(long request) {
        try (java.sql.Connection db = Database.connect(); java.sql.PreparedStatement update = db.prepareStatement(
                "UPDATE shipment SET shipped_on = ?, usage_due_on = ? WHERE request_id = ?")) {
            update.setObject(1, LocalDate.now().minusDays(400));
            update.setObject(2, LocalDate.now().minusDays(35));
            update.setLong(3, request);
            if (update.executeUpdate() != 1) {
                throw new AssertionError("request " + request + " has no shipment");
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    public static List<String> reasons(Api who, long id, String barcode) {
        Api.Response answer = who.get("/api/requests/" + id + "/eligibility?sample=" + barcode);
        expect(200, answer, "eligibility");
        return answer.object().getJsonArray("reasons").getValuesAs(JsonString::getString);
    }

    public static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void expect(int status, Api.Response response, String what) {
        if (response.status() != status) {
            throw new AssertionError(what + " failed: " + response);
        }
    }
}
