package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Participants;
import nl.databiobank.lims.it.support.Samples;
import org.junit.jupiter.api.Test;

/** A withdrawal reaches every sample and all its descendants (DESIGN.md rule 5). */
@OnPayara
class WithdrawalCascadeIT {

    private final Api technician = Samples.technician();

    @Test
    void destructionPutsEverySampleAndDescendantOnTheTaskListAndScanningDestroysIt() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        List<String> primary = Samples.collect(pseudonym, "BUFFY_COAT:2", "TISSUE_FF:40");
        String dna = derive(primary.get(0), "DNA");
        String box = Samples.newBox("GRID9X9");
        Samples.store(box, "A1", dna);

        withdraw(pseudonym, "DESTROY_MATERIAL", null);

        Set<String> tasks = technician.get("/api/destruction-tasks").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("participant").equals(pseudonym)).map(t -> t.getString("sample"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(primary.get(0), primary.get(1), dna), tasks);
        assertError(409, technician.post("/api/samples/" + primary.get(1) + "/aliquots",
                Json.createObjectBuilder().add("count", 1).add("quantity", 1).build()));

        Api.Response destroyed = technician.post("/api/destruction-tasks/complete",
                Json.createObjectBuilder().add("sample", dna).build());

        assertEquals(200, destroyed.status(), destroyed::toString);
        assertEquals("DESTROYED", destroyed.object().getString("statusAfter"));
        assertEquals(box + " A1", destroyed.object().getString("from"));
        JsonObject after = Samples.sample(dna);
        assertEquals("DESTROYED", after.getString("status"));
        assertTrue(after.isNull("location"), "its position is free again");
        assertFalse(technician.get("/api/destruction-tasks").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("sample").equals(dna)));
        assertError(409, technician.post("/api/destruction-tasks/complete",
                Json.createObjectBuilder().add("sample", dna).build()));
    }

    @Test
    void noFurtherUseOfGeneticResearchBlocksOnlyTheDnaAndMakesNoTasks() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        String buffyCoat = Samples.collect(pseudonym, "BUFFY_COAT:2").get(0);
        String dna = derive(buffyCoat, "DNA");

        withdraw(pseudonym, "NO_FURTHER_USE", "GENETIC_RESEARCH");

        assertTrue(technician.get("/api/destruction-tasks").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(t -> t.getString("participant").equals(pseudonym)));
        List<String> dnaEvents = kinds(dna);
        assertEquals("BLOCKED", dnaEvents.get(dnaEvents.size() - 1));
        assertFalse(kinds(buffyCoat).contains("BLOCKED"), "the buffy coat is still covered by BLOOD");
        assertError(409, technician.post("/api/samples/" + dna + "/events",
                Json.createObjectBuilder().add("kind", "CHECKED_OUT").build()));
    }

    private String derive(String parent, String type) {
        Api.Response derived = technician.post("/api/samples/" + parent + "/derivatives", Json.createObjectBuilder()
                .add("type", type).add("count", 1).add("quantity", 10).add("taken", 0.5).build());
        assertEquals(201, derived.status(), derived::toString);
        return derived.object().getJsonArray("barcodes").getString(0);
    }

    private List<String> kinds(String sample) {
        return technician.get("/api/samples/" + sample + "/events").array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")).toList();
    }

    private static void withdraw(String pseudonym, String scope, String item) {
        var withdrawal = Json.createObjectBuilder().add("withdrawnOn", java.time.LocalDate.now().toString())
                .add("scope", scope).add("reason", "test of the cascade");
        if (item != null) {
            withdrawal.add("items", Json.createArrayBuilder().add(item));
        }
        Api.Response recorded = Participants.nurse().post("/api/participants/" + pseudonym + "/withdrawals",
                withdrawal.build());
        assertEquals(201, recorded.status(), recorded::toString);
    }
}
