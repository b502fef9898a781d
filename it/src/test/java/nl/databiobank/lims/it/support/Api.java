package nl.databiobank.lims.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON API under /api as an outside tool sees it: HTTP Basic, JSON in, JSON out. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String authorization;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Api(String authorization) {
        this.authorization = authorization;
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("Basic " + token);
    }

    public static Api as(Login login) {
        return as(login.username(), login.password());
    }

    /** A copy that sends the header with every request (e.g. X-Reason). */
    public Api withHeader(String name, String value) {
        Api copy = new Api(authorization);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, JsonStructure body) {
        return send(request(path).POST(bodyOf(body)).header("Content-Type", "application/json"));
    }

    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response put(String path, JsonStructure body) {
        return send(request(path).PUT(bodyOf(body)).header("Content-Type", "application/json"));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Posts a file as it is, e.g. a rack-scanner CSV. */
    public Response postFile(String path, byte[] content, String contentType) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(content)).header("Content-Type", contentType));
    }

    /** {@code query("/api/audit", "entity", "User", "size", "50")}, values URL-encoded. */
    public static String query(String path, String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return path + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String path) {
        URI uri = Lims.url(path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(JsonStructure body) {
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    private static Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(request.method() + " " + request.uri(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An answer; {@link #toString()} shows all of it, so a failed assertion says what the server said.
     * {@code location} is the Location header of a 201, empty when there is none.
     */
    public record Response(String request, int status, String contentType, String body, String location) {

        public Response(String request, int status, String contentType, String body) {
            this(request, status, contentType, body, "");
        }

        public boolean isJson() {
            return contentType.startsWith("application/json");
        }

        public JsonValue json() {
            if (body.isBlank()) {
                throw new AssertionError("Expected a JSON body: " + this);
            }
            try {
                return Json.createReader(new StringReader(body)).readValue();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON: " + this, e);
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonArray array() {
            return json().asJsonArray();
        }

        @Override
        public String toString() {
            String shown = body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
            return request + " -> " + status + " [" + contentType + "] " + shown;
        }
    }
}
