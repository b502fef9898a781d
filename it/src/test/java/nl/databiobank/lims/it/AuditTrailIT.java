package nl.databiobank.lims.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every change of a user lands in the audit trail: who, what (field, old, new) and why. */
@OnPayara
class AuditTrailIT {

    private final Api admin = Api.as(DemoLogins.admin());
    private final Api ethicsOfficer = Api.as(DemoLogins.of("ethics"));

    @Test
    void disablingAUserIsAuditedWithOldAndNewValueAndReason() {
        Login user = Users.create("audited", "RESEARCHER");
        String reason = Users.uniqueName("Left the project ");

        Api.Response disabled = admin.withHeader("X-Reason", reason).post("/api/users/" + user.username() + "/disable");
        assertEquals(200, disabled.status(), disabled::toString);
        assertFalse(disabled.object().getBoolean("enabled"), disabled::toString);

        JsonObject entry = entryWithReason(reason);
        assertEquals("admin", entry.getString("username"), entry::toString);
        JsonObject enabledChange = entry.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(change -> "enabled".equals(change.getString("field")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change of field 'enabled' in " + entry));
        assertEquals("true", asText(enabledChange.get("old")), enabledChange::toString);
        assertEquals("false", asText(enabledChange.get("new")), enabledChange::toString);

        String entityType = entry.getString("entityType");
        List<JsonObject> ofThatType = entries("entity", entityType);
        assertTrue(ofThatType.stream().anyMatch(e -> e.getJsonNumber("id").equals(entry.getJsonNumber("id"))),
                () -> "entity=" + entityType + " finds the entry " + entry);
        assertTrue(ofThatType.stream().allMatch(e -> entityType.equals(e.getString("entityType"))),
                () -> "entity=" + entityType + " finds only entries of that type: " + ofThatType);
    }

    @Test
    void aChangeWithoutReasonIsRefused() {
        Login user = Users.create("noreason", "RESEARCHER");

        Api.Response refused = admin.post("/api/users/" + user.username() + "/disable");

        ApiErrorsIT.assertJsonError(400, refused);
        Api.Response account = admin.get("/api/users/" + user.username());
        assertTrue(account.object().getBoolean("enabled"), () -> "still enabled: " + account);
    }

    private JsonObject entryWithReason(String reason) {
        List<JsonObject> found = entries().stream().filter(e -> reason.equals(asText(e.get("reason")))).toList();
        assertEquals(1, found.size(), () -> "audit entries with reason '" + reason + "': " + found);
        return found.get(0);
    }

    /** All entries that match the filter, read page by page as the ethics officer. */
    private List<JsonObject> entries(String... filter) {
        List<JsonObject> all = new ArrayList<>();
        int total = Integer.MAX_VALUE;
        for (int page = 0; all.size() < total; page++) {
            List<String> params = new ArrayList<>(List.of(filter));
            params.addAll(List.of("page", String.valueOf(page), "size", "50"));
            Api.Response response = ethicsOfficer.get(Api.query("/api/audit", params.toArray(String[]::new)));
            assertEquals(200, response.status(), response::toString);
            total = response.object().getInt("total");
            List<JsonObject> entries = response.object().getJsonArray("entries").getValuesAs(JsonObject.class);
            if (entries.isEmpty()) {
                break;
            }
            all.addAll(entries);
        }
        return all;
    }

    /** Old and new values may come as JSON strings or as JSON booleans; both read the same here. */
    private static String asText(JsonValue value) {
        if (value == null) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
