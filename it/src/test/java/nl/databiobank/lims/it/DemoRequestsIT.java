package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.OnPayara;
import org.junit.jupiter.api.Test;

/**
 * The demo (issue 7): two studies of the demo researcher, one approval valid and one expired, and
 * requests waiting for review, rejected, allocated and shipped with usage reported; the shipped
 * one within its approval's scope in the officer's audit.
 */
@OnPayara
class DemoRequestsIT {

    private final Api researcher = Api.as(DemoLogins.of("researcher"));
    private final Api ethics = Api.as(DemoLogins.of("ethics"));

    @Test
    void twoStudiesOneApprovalValidOneExpired() {
        assertTrue(researcher.get("/api/studies/OLS-2026-01").object().getJsonObject("currentApproval")
                .getBoolean("validToday"));
        JsonObject expired = researcher.get("/api/studies/OLS-2023-07").object().getJsonObject("currentApproval");
        assertFalse(expired.getBoolean("validToday"));
        assertEquals("2025-06-30", expired.getString("validUntil"));
    }

    @Test
    void requestsInSeveralStatesAndTheShippedOneReportedAndWithinScope() {
        List<JsonObject> requests = researcher.get("/api/requests").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("study").startsWith("OLS-20")).toList();
        List<String> statuses = requests.stream().map(r -> r.getString("status")).toList();
        for (String status : List.of("DRAFT", "SUBMITTED", "REJECTED", "ALLOCATED", "SHIPPED")) {
            assertTrue(statuses.contains(status), () -> status + " in " + statuses);
        }
        assertTrue(ethics.get("/api/requests/review-queue").array().size() >= 1, "one waits for review");

        long shipped = requests.stream().filter(r -> "SHIPPED".equals(r.getString("status"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        List<JsonObject> received = researcher.get("/api/requests/" + shipped + "/usage").array()
                .getValuesAs(JsonObject.class);
        assertEquals(3, received.size());
        assertTrue(received.stream().allMatch(r -> !r.isNull("usage")), "usage reported for every sample");

        JsonObject release = ethics.get("/api/releases?study=OLS-2026-01").array().getJsonObject(0);
        assertEquals(3, release.getInt("samples"));
        assertEquals(3, release.getInt("participants"));
        assertTrue(release.getBoolean("withinScope"), release::toString);
    }
}
