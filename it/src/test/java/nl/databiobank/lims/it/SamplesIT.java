package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Participants;
import nl.databiobank.lims.it.support.Samples;
import org.junit.jupiter.api.Test;

/** Collections, samples, aliquots and custody through the API: DESIGN.md rules 1, 3 and 8. */
@OnPayara
class SamplesIT {

    private final Api technician = Samples.technician();

    @Test
    void aCollectionGivesEachTubeABarcodeWithItsCheckCharacterAndTheExactShape() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        List<String> barcodes = Samples.collect(pseudonym, "SERUM:5", "TISSUE_FF:40");

        assertEquals(2, barcodes.size());
        barcodes.forEach(barcode -> assertEquals(barcode, Identifier.parse(barcode).value()));
        JsonObject serum = Samples.sample(barcodes.get(0));
        assertEquals(Set.of("barcode", "type", "status", "participant", "parent", "quantity", "unit", "location",
                "freezeThawCount"), serum.keySet());
        assertEquals("SERUM", serum.getString("type"));
        assertEquals("AVAILABLE", serum.getString("status"));
        assertEquals(pseudonym, serum.getString("participant"));
        assertTrue(serum.isNull("parent"));
        assertTrue(serum.isNull("location"));
        assertEquals(new BigDecimal("5"), serum.getJsonNumber("quantity").bigDecimalValue());
        assertEquals("mL", serum.getString("unit"));
        assertEquals(0, serum.getInt("freezeThawCount"));
        assertEquals("mg", Samples.sample(barcodes.get(1)).getString("unit"));
    }

    @Test
    void aWrongCheckCharacterIsA400ThatSaysSoAndAnUnknownBarcodeA404() {
        String barcode = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1").get(0);
        char wrong = barcode.charAt(barcode.length() - 1) == 'A' ? 'B' : 'A';

        String message = assertRefused(technician.get("/api/samples/" + barcode.substring(0, barcode.length() - 1) + wrong),
                "barcode");
        assertTrue(message.contains("check character"), message);
        assertError(404, technician.get("/api/samples/" + Identifier.of("S", 999_999_999L, 9).value()));
    }

    @Test
    void noConsentForTheMaterialMeansNoCollectionAndNothingIsSaved() {
        String pseudonym = Samples.consentedParticipant(Map.of("TISSUE", false));

        Api.Response refused = technician.post(Samples.collections(pseudonym),
                Samples.collection("2026-10-01T09:30", "SERUM:5", "TISSUE_FF:40"));

        String message = assertRefused(refused, "samples[1].type");
        assertTrue(message.contains("TISSUE"), message);
        assertEquals(0, technician.get("/api/samples?participant=" + pseudonym).object().getInt("total"),
                "the serum was not saved either");
    }

    @Test
    void aCollectionBeforeTheConsentWasSignedIsRefused() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        assertRefused(technician.post(Samples.collections(pseudonym), Samples.collection("2026-09-01T09:30", "SERUM:5")),
                "samples[0].type");
    }

    @Test
    void aWithdrawnParticipantGivesNoMoreMaterial() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        Participants.nurse().post("/api/participants/" + pseudonym + "/withdrawals", Json.createObjectBuilder()
                .add("withdrawnOn", "2026-10-15").add("scope", "NO_FURTHER_USE").add("reason", "test").build());

        String error = assertError(409, technician.post(Samples.collections(pseudonym),
                Samples.collection("2026-10-20T09:30", "SERUM:5")));
        assertTrue(error.contains("withdrawn"), error);
    }

    @Test
    void aKitTubeKeepsItsPrintedBarcodeWhichIsNeverUsedTwice() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        String kit = Identifier.of("K", System.nanoTime() % 1_000_000_000L, 9).value();
        JsonObject collection = Json.createObjectBuilder(Samples.collection("2026-10-01T09:30", "SERUM:5"))
                .add("samples", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "SERUM")
                        .add("quantity", 5).add("barcode", kit.toLowerCase()))).build();

        Api.Response first = technician.post(Samples.collections(pseudonym), collection);
        assertEquals(201, first.status(), first::toString);
        assertEquals(List.of(kit), first.object().getJsonArray("barcodes").getValuesAs(JsonString::getString));
        assertRefused(technician.post(Samples.collections(pseudonym), collection), "samples[0].barcode");
    }

    @Test
    void aliquotsTakeWhatTheyHoldFromTheParentAndAskingTooMuchChangesNothing() {
        String parent = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:5").get(0);

        Api.Response split = technician.post("/api/samples/" + parent + "/aliquots",
                Json.createObjectBuilder().add("count", 3).add("quantity", 1.5).build());

        assertEquals(201, split.status(), split::toString);
        List<JsonObject> children = split.object().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(3, children.size());
        children.forEach(child -> {
            assertEquals(parent, child.getString("parent"));
            assertEquals(new BigDecimal("1.5"), child.getJsonNumber("quantity").bigDecimalValue());
        });
        assertEquals(new BigDecimal("0.5"), Samples.sample(parent).getJsonNumber("quantity").bigDecimalValue());

        assertRefused(technician.post("/api/samples/" + parent + "/aliquots",
                Json.createObjectBuilder().add("count", 2).add("quantity", 0.3).build()), "quantity");
        assertEquals(new BigDecimal("0.5"), Samples.sample(parent).getJsonNumber("quantity").bigDecimalValue());
        String pseudonym = Samples.sample(parent).getString("participant");
        assertEquals(4, technician.get("/api/samples?participant=" + pseudonym).object().getInt("total"),
                "no aliquot of the refused split was made");
    }

    @Test
    void parallelSplitsOfOneTubeNeverTakeMoreThanItHolds() throws Exception {
        String parent = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:5").get(0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Api.Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> technician.post("/api/samples/" + parent + "/aliquots",
                    Json.createObjectBuilder().add("count", 1).add("quantity", 1).build())));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();

        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400 || s == 409), statuses::toString);
        JsonObject after = Samples.sample(parent);
        assertEquals(0, after.getJsonNumber("quantity").bigDecimalValue().signum());
        assertEquals("CONSUMED", after.getString("status"));
    }

    @Test
    void dnaIsDerivedOnlyWithConsentForGeneticResearch() {
        String yes = Samples.collect(Samples.consentedParticipant(Map.of()), "BUFFY_COAT:1").get(0);
        String no = Samples.collect(Samples.consentedParticipant(Map.of("GENETIC_RESEARCH", false)), "BUFFY_COAT:1").get(0);
        JsonObject dna = Json.createObjectBuilder().add("type", "DNA").add("count", 2).add("quantity", 20)
                .add("taken", 0.5).build();

        Api.Response derived = technician.post("/api/samples/" + yes + "/derivatives", dna);
        assertEquals(201, derived.status(), derived::toString);
        JsonObject child = derived.object().getJsonArray("items").getJsonObject(0);
        assertEquals("DNA", child.getString("type"));
        assertEquals("µg", child.getString("unit"));
        assertEquals(yes, child.getString("parent"));
        assertEquals(new BigDecimal("0.5"), Samples.sample(yes).getJsonNumber("quantity").bigDecimalValue());
        assertRefused(technician.post("/api/samples/" + no + "/derivatives", dna), "type");
    }

    @Test
    void theChainOfCustodyRecordsEachEventAndTheStatusFollowsIt() {
        String barcode = Samples.collect(Samples.consentedParticipant(Map.of()), "PLASMA_EDTA:2").get(0);
        String events = "/api/samples/" + barcode + "/events";

        assertEquals(201, technician.post(events, event("THAWED", null)).status());
        assertEquals(1, Samples.sample(barcode).getInt("freezeThawCount"));
        assertRefused(technician.post(events, event("DESTROYED", null)), "detail");
        assertRefused(technician.post(events, event("SHIPPED", null)), "kind");
        assertEquals(201, technician.post(events, event("DESTROYED", "haemolysed")).status());
        assertEquals("DESTROYED", Samples.sample(barcode).getString("status"));
        assertError(409, technician.post(events, event("THAWED", null)));

        List<String> kinds = technician.get(events).array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")).toList();
        assertEquals(List.of("COLLECTED", "RECEIVED", "THAWED", "DESTROYED"), kinds);
    }

    @Test
    void preAnalyticalTimesGiveTheSprecCodeAndACorrectionNeedsAReason() {
        String serum = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:2").get(0);
        String path = "/api/samples/" + serum + "/pre-analytics";
        JsonObject facts = Json.createObjectBuilder().add("centrifugedAt", "2026-10-01T10:30:00Z")
                .add("centrifugationEndedAt", "2026-10-01T10:45:00Z").add("preCentrifugationTemperature", "ROOM")
                .add("postCentrifugationTemperature", "REFRIGERATED").add("frozenAt", "2026-10-01T11:30:00Z").build();

        Api.Response recorded = technician.put(path, facts);

        assertEquals(200, recorded.status(), recorded::toString);
        String code = recorded.object().getString("sprecCode");
        assertTrue(code.startsWith("SER-SST-A-"), code);
        assertEquals(7, code.split("-").length, code);
        assertRefused(technician.put(path, Json.createObjectBuilder(facts).add("frozenAt", "2026-10-01T11:40:00Z")
                .build()), "reason");
        Api.Response impossible = technician.withHeader("X-Reason", "typo").put(path,
                Json.createObjectBuilder(facts).add("frozenAt", "2026-10-01T08:00:00Z").build());
        assertTrue(impossible.status() == 400 && impossible.body().contains("sprec."), impossible::toString);
        assertRefused(technician.withHeader("X-Reason", "typo").put(path, Json.createObjectBuilder(facts)
                .add("sprec", Json.createObjectBuilder().add("3", "B")).build()), "sprec.3");
        assertEquals(code, technician.get(path).object().getString("sprecCode"), "nothing changed");
    }

    @Test
    void addingAPreAnalyticalFactIsNoCorrectionButChangingOneIs() {
        String serum = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:2").get(0);
        String path = "/api/samples/" + serum + "/pre-analytics";
        JsonObject centrifuged = Json.createObjectBuilder().add("centrifugedAt", "2026-10-01T10:30:00Z")
                .add("centrifugationEndedAt", "2026-10-01T10:45:00Z").build();

        assertEquals(200, technician.put(path, centrifuged).status());
        assertEquals(200, technician.put(path, Json.createObjectBuilder(centrifuged)
                .add("frozenAt", "2026-10-01T11:30:00Z").build()).status(), "a new fact needs no reason");
        assertRefused(technician.put(path, Json.createObjectBuilder(centrifuged).add("frozenAt", "2026-10-01T11:45:00Z")
                .build()), "reason");
    }

    @Test
    void inputThatDoesNotFitItsColumnIsA400NamingTheFieldNotA500() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        JsonObject longProcedure = Json.createObjectBuilder(Samples.collection("2026-10-01T09:30", "SERUM:1"))
                .add("procedure", "x".repeat(300)).build();
        assertRefused(technician.post(Samples.collections(pseudonym), longProcedure), "procedure");
        assertRefused(technician.post(Samples.collections(pseudonym),
                Samples.collection("2026-10-01T09:30", "SERUM:0.0001")), "samples[0].quantity");

        String serum = Samples.collect(pseudonym, "SERUM:1").get(0);
        assertRefused(technician.post("/api/samples/" + serum + "/events", event("QC_RESULT", "y".repeat(600))), "detail");
        String path = "/api/samples/" + serum + "/pre-analytics";
        assertRefused(technician.put(path, Json.createObjectBuilder().add("warmIschaemiaMinutes", -5).build()),
                "warmIschaemiaMinutes");
        assertRefused(technician.put(path, Json.createObjectBuilder().add("fixationType", "FORMALIN").build()),
                "fixationType");
        assertEquals(List.of("COLLECTED", "RECEIVED"), technician.get("/api/samples/" + serum + "/events").array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList(), "nothing was saved");
    }

    @Test
    void theDatabaseKeepsSamplesAndTheirCustodyForEver() throws SQLException {
        String barcode = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1").get(0);
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from sample where barcode = '" + barcode + "'"));
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update sample set barcode = 'S0000000000' where barcode = '" + barcode + "'"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("update sample_event set detail = 'x'"
                    + " where sample_id = (select id from sample where barcode = '" + barcode + "')"));
        }
    }

    @Test
    void samplesAreSearchedByTypeStatusParticipantAndStorage() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        List<String> barcodes = Samples.collect(pseudonym, "SERUM:1", "SERUM:1", "URINE:10");
        Samples.store(Samples.newBox("GRID9X9"), "A1", barcodes.get(0));

        assertEquals(2, count("participant", pseudonym, "type", "SERUM"));
        assertEquals(1, count("participant", pseudonym, "stored", "true"));
        assertEquals(2, count("participant", pseudonym, "stored", "false"));
        assertEquals(3, count("participant", pseudonym, "status", "AVAILABLE"));
        assertRefused(technician.get(Api.query("/api/samples", "status", "LOST")), "status");
        Api.Response page = technician.get(Api.query("/api/samples", "participant", pseudonym, "limit", "2", "offset", "2"));
        assertEquals(1, page.object().getJsonArray("items").size());
        assertEquals(3, page.object().getInt("total"));
    }

    private int count(String... query) {
        return technician.get(Api.query("/api/samples", query)).object().getInt("total");
    }

    private static JsonObject event(String kind, String detail) {
        var event = Json.createObjectBuilder().add("kind", kind);
        if (detail != null) {
            event.add("detail", detail);
        }
        return event.build();
    }
}
