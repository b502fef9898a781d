package nl.databiobank.lims.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * How many SQL statements the box view costs, counted by PostgreSQL itself: statement logging is
 * switched on for a moment, GET /api/storage/boxes/{box} is asked for a box with 1 tube and for a
 * full box of 100, and the application's statements between markers are counted in the server log.
 * The count must not grow with the number of tubes.
 */
final class BoxViewStatements {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BoxViewStatements() {
    }

    static void measure(Connection db, Path home, String base, String authorization, String sample) throws Exception {
        String full;
        String oneTube;
        try (Statement sql = db.createStatement()) {
            full = string(sql, "select b.barcode from box b where b.name = 'Benchmark box 0'");
            oneTube = string(sql, "select b.barcode from box b join sample_location l on l.box_id = b.id"
                    + " group by b.barcode having count(*) = 1 limit 1");
            if (oneTube == null) {
                oneTube = string(sql, "select b.barcode from box b where not exists"
                        + " (select 1 from sample_location l where l.box_id = b.id) order by b.id limit 1");
                String unstored = string(sql, "select s.barcode from sample s where s.container = 'benchmark' and not"
                        + " exists (select 1 from sample_location l where l.sample_id = s.id) limit 1");
                HttpResponse<String> stored = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/storage/boxes/"
                                + oneTube + "/positions/A1")).header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"sample\":\"" + unstored + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (stored.statusCode() != 200) {
                    throw new IllegalStateException("Storing one tube failed: " + stored.body());
                }
            }
            get(base, "/api/samples/" + sample, authorization); // warm
            get(base, "/api/storage/boxes/" + full, authorization); // warm: prepared statements, caches
            get(base, "/api/storage/boxes/" + oneTube, authorization);
            sql.execute("alter system set log_statement = 'all'");
            sql.execute("alter system set log_line_prefix = '%m [%p] %a: '");
            sql.execute("select pg_reload_conf()");
            Thread.sleep(1000); // the postmaster signals the backends; they reload before their next statement
            sql.execute("select 'bench-marker-1'");
            get(base, "/api/storage/boxes/" + oneTube, authorization);
            sql.execute("select 'bench-marker-2'");
            get(base, "/api/storage/boxes/" + full, authorization);
            sql.execute("select 'bench-marker-3'");
            get(base, "/api/samples/" + sample, authorization);
            sql.execute("select 'bench-marker-4'");
            sql.execute("alter system reset log_statement");
            sql.execute("alter system reset log_line_prefix");
            sql.execute("select pg_reload_conf()");
        }
        Thread.sleep(500);
        Path pgdata = home.resolve("pgdata");
        String logFile = Files.readString(pgdata.resolve("current_logfiles")).trim().split("\\s+")[1];
        List<String> lines = Files.readAllLines(pgdata.resolve(logFile), StandardCharsets.UTF_8);
        List<String> one = between(lines, "bench-marker-1", "bench-marker-2");
        List<String> hundred = between(lines, "bench-marker-2", "bench-marker-3");
        List<String> lookup = between(lines, "bench-marker-3", "bench-marker-4");
        System.out.println();
        System.out.println("| box view (GET /api/storage/boxes/{box}) | tubes | SQL statements |");
        System.out.println("| --- | --- | --- |");
        System.out.println("| " + oneTube + " | 1 | " + one.size() + " |");
        System.out.println("| " + full + " | 100 | " + hundred.size() + " |");
        hundred.forEach(statement -> System.out.println("    " + statement));
        System.out.println();
        System.out.println("GET /api/samples/" + sample + ": " + lookup.size() + " SQL statements");
        lookup.forEach(statement -> System.out.println("    " + statement));
    }

    private static List<String> between(List<String> lines, String from, String to) {
        List<String> statements = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.contains(from)) {
                inside = true;
            } else if (line.contains(to)) {
                break;
            } else if (inside && !line.contains("benchmark:") && (line.contains("LOG:  execute")
                    || line.contains("LOG:  statement"))) {
                String statement = line.substring(line.indexOf("LOG:  ") + 6);
                statements.add(statement.length() > 140 ? statement.substring(0, 140) + "..." : statement);
            }
        }
        return statements;
    }

    private static void get(String base, String path, String authorization) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String string(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
