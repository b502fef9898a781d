package nl.databiobank.lims.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API answers who may not do something with JSON errors, never with an HTML page or a stack trace. */
@OnPayara
class ApiErrorsIT {

    @Test
    void noCredentialsIs401Json() {
        assertJsonError(401, Api.anonymous().get("/api/me"));
    }

    @Test
    void unknownUserIs401Json() {
        assertJsonError(401, Api.as(Users.uniqueName("nobody"), Users.strongPassword()).get("/api/me"));
    }

    @Test
    void meTellsTheUserAndRoles() {
        Login nurse = DemoLogins.of("nurse");

        Api.Response me = Api.as(nurse).get("/api/me");

        assertEquals(200, me.status(), me::toString);
        assertEquals("nurse", me.object().getString("username"), me::toString);
        assertEquals(Set.copyOf(nurse.roles()),
                Set.copyOf(me.object().getJsonArray("roles").getValuesAs(JsonString::getString)),
                () -> "roles of /api/me and of demo-logins.txt: " + me);
    }

    @Test
    void unknownUserAccountIs404Json() {
        assertJsonError(404, Api.as(DemoLogins.admin()).get("/api/users/" + Users.uniqueName("nosuchuser")));
    }

    @Test
    void weakPasswordIs400NamingTheField() {
        Api.Response response = Api.as(DemoLogins.admin()).post("/api/users", Users.newUser(Users.uniqueName("weak"), "x", "RESEARCHER"));

        assertJsonError(400, response);
        assertTrue(response.object().getJsonArray("details").getValuesAs(JsonObject.class).stream()
                        .anyMatch(detail -> "password".equals(detail.getString("field", null))),
                () -> "a detail for field 'password': " + response);
    }

    @Test
    void existingUsernameIs409Json() {
        Login existing = Users.create("twice", "RESEARCHER");

        Api.Response again = Api.as(DemoLogins.admin()).post("/api/users",
                Users.newUser(existing.username(), Users.strongPassword(), "RESEARCHER"));

        assertJsonError(409, again);
    }

    @Test
    void nonAdminListingUsersIs403Json() {
        Login ethicsOfficer = Users.create("ethics", "ETHICS_OFFICER");

        assertJsonError(403, Api.as(ethicsOfficer).get("/api/users"));
    }

    @Test
    void researcherReadingTheAuditTrailIs403Json() {
        Login researcher = Users.create("researcher", "RESEARCHER");

        assertJsonError(403, Api.as(researcher).get("/api/audit"));
    }

    @Test
    void nurseCreatingAUserIs403Json() {
        Api.Response response = Api.as(DemoLogins.of("nurse")).post("/api/users",
                Users.newUser(Users.uniqueName("sneaky"), Users.strongPassword(), "ADMIN"));

        assertJsonError(403, response);
    }

    @Test
    void aChangeOnAnOutdatedVersionIs409AndChangesNothing() {
        Login user = Users.create("stale", "RESEARCHER");
        Api admin = Api.as(DemoLogins.admin()).withHeader("X-Reason", "test: two administrators at once");
        long seen = admin.get("/api/users/" + user.username()).object().getJsonNumber("version").longValue();

        Api.Response first = admin.put("/api/users/" + user.username() + "/roles", Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("RESEARCHER").add("RESEARCH_NURSE")).add("version", seen).build());
        assertEquals(200, first.status(), first::toString);
        Api.Response second = admin.put("/api/users/" + user.username() + "/roles", Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("ADMIN")).add("version", seen).build());

        assertJsonError(409, second);
        Api.Response now = admin.get("/api/users/" + user.username());
        assertEquals(2, now.object().getJsonArray("roles").size(), now::toString);
    }

    @Test
    void malformedJsonIs400Json() {
        assertJsonError(400, Api.as(DemoLogins.admin()).post("/api/users", Json.createArrayBuilder().add(1).build()));
    }

    static void assertJsonError(int status, Api.Response response) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.isJson(), () -> "JSON error expected: " + response);
        JsonObject error = response.object();
        assertEquals(JsonValue.ValueType.STRING, typeOf(error, "error"), () -> "\"error\" is a string: " + response);
        assertFalse(error.getString("error").isBlank(), () -> "\"error\" says something: " + response);
        assertEquals(JsonValue.ValueType.ARRAY, typeOf(error, "details"), () -> "\"details\" is an array: " + response);
    }

    private static JsonValue.ValueType typeOf(JsonObject object, String key) {
        return object.containsKey(key) ? object.get(key).getValueType() : null;
    }
}
