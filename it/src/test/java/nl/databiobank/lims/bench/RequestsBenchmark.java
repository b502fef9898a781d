package nl.databiobank.lims.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import nl.databiobank.lims.barcode.Identifier;

/**
 * Material requests with a million serum samples in the database (issue 7), against a running LIMS
 * in demo mode: feasibility counts (the researcher), the explained eligibility of one sample (the
 * technician), and the allocation proposal of a request for 40 participants, at 1 and 4 clients.
 * Run it like {@link SampleLookupBenchmark}, with {@code -Dexec.mainClass=nl.databiobank.lims.bench.RequestsBenchmark}.
 */
public final class RequestsBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private RequestsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getenv().getOrDefault("LIMS_HOME", ".lims"));
        String base = "http://localhost:" + System.getenv().getOrDefault("LIMS_HTTP_PORT", "8080");
        String researcher = authorization(home, "researcher");
        String technician = authorization(home, "technician");
        String ethics = authorization(home, "ethics");
        int seconds = Integer.getInteger("bench.seconds", 10);

        long[] seeded;
        try (Connection db = SampleLookupBenchmark.database(home)) {
            seeded = MillionSamples.ensure(db);
        }
        // the demo's request for 40 participants, approved here (a second run finds it approved)
        long waiting = requestIn(base, ethics, "SUBMITTED", "APPROVED");
        send(base, ethics, "POST", "/api/requests/" + waiting + "/decision",
                "{\"approve\": true, \"note\": \"benchmark\"}");
        long allocated = requestIn(base, technician, "ALLOCATED", "ALLOCATED");
        String feasibilityBody = "{\"study\": \"OLS-2026-01\", \"sampleType\": \"SERUM\", \"minQuantity\": 0.5,"
                + " \"participants\": 40, \"timePoints\": [\"BASELINE\"]}";

        Supplier<HttpRequest> feasibility = () -> request(base, researcher, "/api/requests/feasibility")
                .POST(HttpRequest.BodyPublishers.ofString(feasibilityBody)).build();
        Supplier<HttpRequest> eligibility = () -> request(base, technician, "/api/requests/" + allocated
                + "/eligibility?sample=" + Identifier.of("S", seeded[0] + ThreadLocalRandom.current().nextLong(seeded[1]),
                9).value()).GET().build();
        Supplier<HttpRequest> proposal = () -> request(base, technician, "/api/requests/" + waiting
                + "/allocation/proposal").GET().build();
        System.out.println("feasibility: " + HTTP.send(feasibility.get(), HttpResponse.BodyHandlers.ofString()).body());

        SampleLookupBenchmark.run(eligibility, 2, 3);
        System.out.println("| endpoint | clients | requests | median ms | p95 ms | requests/s | errors |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (int clients : new int[] {1, 4}) {
            SampleLookupBenchmark.print("POST /api/requests/feasibility", clients,
                    SampleLookupBenchmark.run(feasibility, clients, seconds));
            SampleLookupBenchmark.print("GET /api/requests/{id}/eligibility", clients,
                    SampleLookupBenchmark.run(eligibility, clients, seconds));
            SampleLookupBenchmark.print("GET /api/requests/{id}/allocation/proposal (40)", clients,
                    SampleLookupBenchmark.run(proposal, clients, seconds));
        }
    }

    /** The demo request with 40 or 6 participants wanted, in one of the two statuses. */
    private static long requestIn(String base, String authorization, String status, String orStatus)
            throws Exception {
        String list = send(base, authorization, "GET", "/api/requests", null);
        int participants = "ALLOCATED".equals(status) ? 6 : 40;
        return Json.createReader(new StringReader(list)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("participants") == participants)
                .filter(r -> status.equals(r.getString("status")) || orStatus.equals(r.getString("status")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String send(String base, String authorization, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder builder = request(base, authorization, path);
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpRequest.Builder request(String base, String authorization, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Accept", "application/json").header("Content-Type", "application/json");
    }

    private static String authorization(Path home, String user) throws Exception {
        String[] login = Files.readAllLines(home.resolve("demo-logins.txt")).stream()
                .filter(line -> line.startsWith(user + " ")).findFirst().orElseThrow().trim().split("\\s+");
        return "Basic " + Base64.getEncoder().encodeToString((login[0] + ":" + login[1])
                .getBytes(StandardCharsets.UTF_8));
    }
}
