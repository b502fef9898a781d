package nl.databiobank.lims.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Assertions on the API's refusals: the status, the JSON error, the field named. */
public final class Refusals {

    private Refusals() {
    }

    /** A 400 whose details name {@code field}; answers the detail's message. */
    public static String assertRefused(Api.Response response, String field) {
        assertEquals(400, response.status(), response::toString);
        return response.object().getJsonArray("details").getValuesAs(JsonObject.class).stream()
                .filter(d -> field.equals(d.getString("field"))).findFirst()
                .map(d -> d.getString("message"))
                .orElseThrow(() -> new AssertionError("a detail for " + field + ": " + response));
    }

    /** A JSON error of this status; answers its message. */
    public static String assertError(int status, Api.Response response) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.isJson(), response::toString);
        return response.object().getString("error");
    }
}
