package nl.databiobank.lims.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.barcode.Identifier;
import org.postgresql.PGConnection;

/**
 * Fills the database of a running LIMS with a million serum samples spread over its participants,
 * a tenth of them stored in 1000 boxes, with COPY (minutes through the API would be hours). The
 * numbers, ids and barcodes come from the application's own sequences, which are moved past them,
 * so the application never hands out one of these barcodes again (rule 1).
 */
final class MillionSamples {

    static final int COUNT = 1_000_000;
    static final int STORED = 100_000;
    private static final int CHUNK = 50_000;

    private MillionSamples() {
    }

    /** Seeds (unless a benchmark seeded already) and answers the numbers of the seeded barcodes: first and count. */
    static long[] ensure(Connection db) throws SQLException, IOException {
        try (Statement sql = db.createStatement()) {
            ResultSet done = sql.executeQuery("select min(barcode), count(*) from sample where container = 'benchmark'");
            done.next();
            if (done.getLong(2) >= COUNT) {
                return new long[] {Identifier.parse(done.getString(1)).number(), done.getLong(2)};
            }
            long first = single(sql, "select nextval('sample_number_seq')");
            sql.execute("select setval('sample_number_seq', " + (first + COUNT) + ")");
            long firstId = single(sql, "select nextval('sample_seq')") + 1;
            sql.execute("select setval('sample_seq', " + (firstId + COUNT + 100) + ")");
            long serum = single(sql, "select id from sample_type where code = 'SERUM'");
            List<long[]> participants = participants(sql);
            List<Long> collections = new ArrayList<>();
            for (long[] participant : participants) {
                collections.add(single(sql, "insert into collection (id, participant_id, hospital_id, collected_at,"
                        + " time_point, procedure_text, recorded_by, recorded_at) values (nextval('collection_seq'), "
                        + participant[0] + ", " + participant[1] + ", now(), 'BASELINE', 'benchmark', 'benchmark', now())"
                        + " returning id"));
            }
            PGConnection pg = db.unwrap(PGConnection.class);
            for (int start = 0; start < COUNT; start += CHUNK) {
                StringBuilder rows = new StringBuilder();
                for (int i = start; i < Math.min(COUNT, start + CHUNK); i++) {
                    int owner = i % participants.size();
                    rows.append(firstId + i).append(',').append(Identifier.of("S", first + i, 9).value()).append(',')
                            .append(serum).append(',').append(participants.get(owner)[0]).append(',')
                            .append(collections.get(owner)).append(",benchmark,1,1,AVAILABLE,2026-01-01 09:00Z,"
                                    + "2026-01-01 12:00Z\n");
                }
                pg.getCopyAPI().copyIn("copy sample (id, barcode, sample_type_id, participant_id, collection_id,"
                        + " container, initial_quantity, remaining_quantity, status, collected_at, created_at)"
                        + " from stdin (format csv)", new StringReader(rows.toString()));
            }
            storeATenth(sql, pg, firstId);
            sql.execute("analyze sample");
            sql.execute("analyze sample_location");
            return new long[] {first, COUNT};
        }
    }

    private static void storeATenth(Statement sql, PGConnection pg, long firstId) throws SQLException, IOException {
        long boxType = single(sql, "select id from box_type where code = 'GRID10X10'");
        long firstBoxNumber = single(sql, "select nextval('container_number_seq')");
        sql.execute("select setval('container_number_seq', " + (firstBoxNumber + STORED / 100) + ")");
        long firstBoxId = single(sql, "select nextval('box_seq')") + 1;
        sql.execute("select setval('box_seq', " + (firstBoxId + STORED / 100 + 100) + ")");
        long firstLocationId = single(sql, "select nextval('sample_location_seq')") + 1;
        sql.execute("select setval('sample_location_seq', " + (firstLocationId + STORED + 100) + ")");
        StringBuilder boxes = new StringBuilder();
        for (int b = 0; b < STORED / 100; b++) {
            boxes.append(firstBoxId + b).append(',').append(Identifier.of("B", firstBoxNumber + b, 7).value())
                    .append(',').append(boxType).append(",Benchmark box ").append(b).append('\n');
        }
        pg.getCopyAPI().copyIn("copy box (id, barcode, box_type_id, name) from stdin (format csv)",
                new StringReader(boxes.toString()));
        StringBuilder locations = new StringBuilder();
        for (int i = 0; i < STORED; i++) {
            locations.append(firstLocationId + i).append(',').append(firstId + i).append(',')
                    .append(firstBoxId + i / 100).append(',').append(i % 100 / 10 + 1).append(',').append(i % 10 + 1)
                    .append(",2026-01-01 12:00Z,benchmark\n");
        }
        pg.getCopyAPI().copyIn("copy sample_location (id, sample_id, box_id, row_no, column_no, stored_at, stored_by)"
                + " from stdin (format csv)", new StringReader(locations.toString()));
    }

    private static List<long[]> participants(Statement sql) throws SQLException {
        List<long[]> participants = new ArrayList<>();
        ResultSet rows = sql.executeQuery("select id, hospital_id from participant order by id");
        while (rows.next()) {
            participants.add(new long[] {rows.getLong(1), rows.getLong(2)});
        }
        if (participants.isEmpty()) {
            throw new IllegalStateException("No participants: start the LIMS in demo mode first");
        }
        return participants;
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
