package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Samples;
import org.junit.jupiter.api.Test;

/** One tube, one place (DESIGN.md rule 2): storing, moving and removing by scanning, also under concurrency. */
@OnPayara
class StorageIT {

    private final Api technician = Samples.technician();

    @Test
    void aStoredSampleHasItsLocationAndTheBoxShowsItInTheExactShape() {
        String sample = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1").get(0);
        String box = Samples.newBox("RACK8X12");

        Api.Response stored = Samples.store(box, "H12", sample);

        assertEquals(200, stored.status(), stored::toString);
        JsonObject location = Samples.sample(sample).getJsonObject("location");
        assertEquals(box, location.getString("box"));
        assertEquals("H12", location.getString("position"));
        JsonObject contents = technician.get("/api/storage/boxes/" + box).object();
        assertEquals(java.util.Set.of("barcode", "boxType", "rows", "columns", "positions"), contents.keySet());
        assertEquals("RACK8X12", contents.getString("boxType"));
        assertEquals(8, contents.getInt("rows"));
        assertEquals(12, contents.getInt("columns"));
        List<JsonObject> positions = contents.getJsonArray("positions").getValuesAs(JsonObject.class);
        assertEquals(96, positions.size());
        assertEquals("A1", positions.get(0).getString("position"));
        assertTrue(positions.get(0).isNull("sample"));
        assertEquals(sample, positions.get(95).getString("sample"));
    }

    @Test
    void anOccupiedPositionIsA409ThatNamesTheOccupant() {
        List<String> samples = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1", "SERUM:1");
        String box = Samples.newBox("GRID9X9");
        Samples.store(box, "A1", samples.get(0));

        String error = assertError(409, Samples.store(box, "A01", samples.get(1)));

        assertTrue(error.contains(samples.get(0)), error);
        assertTrue(Samples.sample(samples.get(1)).isNull("location"));
    }

    @Test
    void storingAStoredSampleElsewhereMovesItAndRemovingNeedsAReason() {
        String sample = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1").get(0);
        String first = Samples.newBox("GRID9X9");
        String second = Samples.newBox("GRID10X10");
        Samples.store(first, "B3", sample);

        JsonObject moved = Samples.store(second, "J10", sample).object();

        assertEquals("MOVED", moved.getString("outcome"));
        assertEquals(first + " B3", moved.getString("movedFrom"));
        assertTrue(technician.get("/api/storage/boxes/" + first).object().getJsonArray("positions")
                .getValuesAs(JsonObject.class).stream().allMatch(p -> p.isNull("sample")), "the old position is free");
        assertRefused(technician.delete("/api/storage/boxes/" + second + "/positions/J10"), "reason");
        assertRefused(technician.withHeader("X-Reason", "z".repeat(600))
                .delete("/api/storage/boxes/" + second + "/positions/J10"), "reason");
        assertEquals(200, technician.withHeader("X-Reason", "taken out for QC")
                .delete("/api/storage/boxes/" + second + "/positions/J10").status());
        assertTrue(Samples.sample(sample).isNull("location"));
        List<String> kinds = technician.get("/api/samples/" + sample + "/events").array().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("kind")).toList();
        assertEquals(List.of("COLLECTED", "RECEIVED", "STORED", "MOVED", "REMOVED"), kinds);
    }

    @Test
    void positionsOutsideTheGridOrNotPositionsAtAllAreRefused() {
        String sample = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1").get(0);
        String box = Samples.newBox("GRID9X9");
        assertRefused(Samples.store(box, "J1", sample), "position");
        assertRefused(Samples.store(box, "A10", sample), "position");
        assertRefused(Samples.store(box, "11", sample), "position");
        // another check character than the box's own (the right one may happen to be "0")
        char wrong = box.endsWith("0") ? '1' : '0';
        assertRefused(Samples.store(box.substring(0, box.length() - 1) + wrong, "A1", sample), "box");
    }

    @Test
    void ofTwentyTechniciansStoringIntoOnePositionAtOnceExactlyOneSucceeds() throws Exception {
        String pseudonym = Samples.consentedParticipant(Map.of());
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            samples.addAll(Samples.collect(pseudonym, "SERUM:1", "SERUM:1", "SERUM:1", "SERUM:1", "SERUM:1"));
        }
        String box = Samples.newBox("GRID9X9");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (String sample : samples) {
            Callable<Api.Response> store = () -> {
                start.await();
                return Samples.store(box, "E5", sample);
            };
            answers.add(pool.submit(store));
        }
        start.countDown();
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        List<Api.Response> won = responses.stream().filter(r -> r.status() == 200).toList();
        assertEquals(1, won.size(), responses::toString);
        String winner = won.get(0).object().getString("sample");
        responses.stream().filter(r -> r != won.get(0)).forEach(lost -> {
            assertEquals(409, lost.status(), lost::toString);
            assertTrue(lost.object().getString("error").contains(winner), lost::toString);
        });
        assertEquals(winner, technician.get("/api/storage/boxes/" + box).object().getJsonArray("positions")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("position").equals("E5"))
                .findFirst().orElseThrow().getString("sample"));
    }

    @Test
    void theDatabaseItselfRefusesTwoTubesInOnePlaceAndOneTubeInTwo() throws SQLException {
        List<String> samples = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1", "SERUM:1");
        String box = Samples.newBox("GRID9X9");
        Samples.store(box, "A1", samples.get(0));
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            String insert = "insert into sample_location (id, sample_id, box_id, row_no, column_no, stored_at, stored_by)"
                    + " select nextval('sample_location_seq') + 1, s.id, b.id, %d, %d, now(), 'sql' from sample s, box b"
                    + " where s.barcode = '%s' and b.barcode = '" + box + "'";
            assertThrows(SQLException.class, () -> sql.executeUpdate(insert.formatted(1, 1, samples.get(1))),
                    "a second tube in A1");
            assertThrows(SQLException.class, () -> sql.executeUpdate(insert.formatted(2, 2, samples.get(0))),
                    "the first tube in a second place");
        }
    }

    @Test
    void freeRoomIsFoundPerBoxRackAndFreezer() {
        String rack = Samples.newRack();
        String box = Samples.newBox("GRID10X10", rack);
        List<String> samples = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1", "SERUM:1");
        Samples.store(box, "A1", samples.get(0));
        Samples.store(box, "A3", samples.get(1));

        assertEquals("A2", technician.get("/api/storage/boxes/" + box + "/next-free").object().getString("position"));
        JsonObject next = technician.get("/api/storage/units/" + rack + "/next-free?boxType=GRID10X10").object();
        assertEquals(box, next.getString("box"));
        assertEquals("A2", next.getString("position"));
        assertEquals(204, technician.get("/api/storage/units/" + rack + "/next-free?boxType=GRID9X9").status());
        JsonObject occupancy = technician.get("/api/storage/units/" + rack + "/occupancy").object();
        assertEquals(100, occupancy.getInt("capacity"));
        assertEquals(2, occupancy.getInt("occupied"));
        JsonObject listed = technician.get("/api/storage/boxes?free=true&boxType=GRID10X10").object()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("barcode").equals(box)).findFirst().orElseThrow();
        assertEquals(98, listed.getInt("freePositions"));
    }
}
