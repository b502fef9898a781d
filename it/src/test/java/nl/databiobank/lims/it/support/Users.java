package nl.databiobank.lims.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Users of a test's own, created through the admin API with unique names, so that no test depends on another
 * one's leftovers or on the order of the tests, and the demo users stay usable for the browser tests.
 */
public final class Users {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Users() {
    }

    public static Login create(String prefix, String... roles) {
        String username = uniqueName(prefix);
        String password = strongPassword();
        Api.Response created = Api.as(DemoLogins.admin()).post("/api/users", newUser(username, password, roles));
        if (created.status() != 201) {
            throw new AssertionError("Creating test user " + username + " failed: " + created);
        }
        return new Login(username, password, List.of(roles));
    }

    /** The body of POST /api/users. */
    public static JsonObject newUser(String username, String password, String... roles) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Test user " + username)
                .add("password", password)
                .add("roles", Json.createArrayBuilder(List.of(roles)))
                .build();
    }

    public static String uniqueName(String prefix) {
        return prefix + randomHex(4);
    }

    public static String strongPassword() {
        return "Pw-" + randomHex(8) + "-Strong9!";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
