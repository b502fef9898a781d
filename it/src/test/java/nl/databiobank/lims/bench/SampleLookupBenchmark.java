package nl.databiobank.lims.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import nl.databiobank.lims.barcode.Identifier;

/**
 * GET /api/samples/{barcode} with a million samples in the database, against a running LIMS
 * ({@code ./lims start}): median and 95th-percentile latency and requests per second at 1, 4 and 16
 * concurrent clients, beside the same server's answer rate for /health; then the number of SQL
 * statements the box view costs with 1 and with 100 tubes. Run it with
 * {@code LIMS_HOME=... ./mvnw -q -pl it exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.databiobank.lims.bench.SampleLookupBenchmark} (-Dbench.seconds=15).
 */
public final class SampleLookupBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SampleLookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getenv().getOrDefault("LIMS_HOME", ".lims"));
        String base = "http://localhost:" + System.getenv().getOrDefault("LIMS_HTTP_PORT", "8080");
        String technician = Files.readAllLines(home.resolve("demo-logins.txt")).stream()
                .filter(line -> line.startsWith("technician ")).findFirst().orElseThrow();
        String[] login = technician.trim().split("\\s+");
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((login[0] + ":" + login[1]).getBytes(StandardCharsets.UTF_8));
        int seconds = Integer.getInteger("bench.seconds", 15);

        long[] seeded;
        long started = System.nanoTime();
        try (Connection db = database(home)) {
            seeded = MillionSamples.ensure(db);
            System.out.printf(Locale.ROOT, "samples in the database: %,d (seeding took %d s)%n", count(db),
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
        long first = seeded[0];
        long range = seeded[1];
        Supplier<HttpRequest> sample = () -> HttpRequest.newBuilder(URI.create(base + "/api/samples/"
                        + Identifier.of("S", first + ThreadLocalRandom.current().nextLong(range), 9).value()))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        Supplier<HttpRequest> health = () -> HttpRequest.newBuilder(URI.create(base + "/health")).GET().build();

        run(sample, 4, 5); // warm-up: JIT, connection pools, the verified-credentials cache
        run(health, 4, 3);
        System.out.println("| endpoint | clients | requests | median ms | p95 ms | requests/s | errors |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (int clients : new int[] {1, 4, 16}) {
            print("GET /api/samples/{barcode}", clients, run(sample, clients, seconds));
            print("GET /health", clients, run(health, clients, seconds));
        }
        try (Connection db = database(home)) {
            BoxViewStatements.measure(db, home, base, authorization, Identifier.of("S", first, 9).value());
        }
    }

    static Connection database(Path home) throws Exception {
        if (System.getenv("LIMS_DB_URL") != null) {
            return DriverManager.getConnection(System.getenv("LIMS_DB_URL"), System.getenv("LIMS_DB_USER"),
                    System.getenv("LIMS_DB_PASSWORD"));
        }
        List<String> pid = Files.readAllLines(home.resolve("pgdata/postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim()
                + "/postgres?ApplicationName=benchmark", "postgres", "postgres");
    }

    private static long count(Connection db) throws Exception {
        try (var sql = db.createStatement(); var row = sql.executeQuery("select count(*) from sample")) {
            row.next();
            return row.getLong(1);
        }
    }

    record Result(long[] latenciesNanos, long errors, double seconds) {
    }

    static Result run(Supplier<HttpRequest> request, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        long[] errors = new long[1];
        long begin = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    HttpResponse<String> response = HTTP.send(request.get(), HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - t;
                    if (response.statusCode() != 200) {
                        synchronized (errors) {
                            errors[0]++;
                        }
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged, errors[0], elapsed);
    }

    static void print(String endpoint, int clients, Result result) {
        long[] l = result.latenciesNanos();
        System.out.printf(Locale.ROOT, "| %s | %d | %,d | %.1f | %.1f | %.0f | %d |%n", endpoint, clients, l.length,
                l[l.length / 2] / 1e6, l[(int) (l.length * 0.95)] / 1e6, l.length / result.seconds(), result.errors());
    }
}
