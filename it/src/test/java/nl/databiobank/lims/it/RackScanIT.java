package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Samples;
import org.junit.jupiter.api.Test;

/** Rack-scanner exports placing or verifying a whole box, all or nothing (DESIGN.md rules 2 and 8). */
@OnPayara
class RackScanIT {

    private final Api technician = Samples.technician();

    @Test
    void aVisionMateExportPlacesAWholeBoxAtOnce() {
        List<String> tubes = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1", "SERUM:1", "SERUM:1");
        String box = Samples.newBox("RACK8X12");
        String csv = "LocationRow,LocationColumn,TubeCode\r\nA,1," + tubes.get(0) + "\r\nA,2," + tubes.get(1)
                + "\r\nA,3,No Tube\r\nH,12," + tubes.get(2) + "\r\n";

        Api.Response placed = scan(box, "place", csv);

        assertEquals(200, placed.status(), placed::toString);
        assertEquals(3, placed.object().getInt("stored"));
        assertEquals("H12", Samples.sample(tubes.get(2)).getJsonObject("location").getString("position"));
    }

    @Test
    void aFileWithOneBadLineChangesNothingAndNamesTheLine() {
        List<String> tubes = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1", "SERUM:1");
        String box = Samples.newBox("GRID9X9");
        String misread = tubes.get(1).substring(0, tubes.get(1).length() - 1)
                + (tubes.get(1).endsWith("A") ? "B" : "A");
        String csv = box + "\nPosition,Tube ID\nA1," + tubes.get(0) + "\nA2," + misread + "\n";

        String message = assertRefused(scan(box, "place", csv), "line 4: tube");

        assertTrue(message.contains("check character"), message);
        assertTrue(Samples.sample(tubes.get(0)).isNull("location"), "the good line was not placed either");
    }

    @Test
    void theFileOfAnotherRackIsRefused() {
        String tube = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1").get(0);
        String box = Samples.newBox("GRID9X9");
        String other = Samples.newBox("GRID9X9");
        assertRefused(scan(box, "place", other + "\nPosition,Tube ID\nA1," + tube + "\n"), "line 1: rack");
    }

    @Test
    void verifyingReportsEveryKindOfMismatchAndChangesNothing() {
        List<String> tubes = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1", "SERUM:1", "SERUM:1",
                "SERUM:1", "SERUM:1");
        String box = Samples.newBox("GRID9X9");
        Samples.store(box, "A1", tubes.get(0)); // matches
        Samples.store(box, "A2", tubes.get(1)); // scanned at B2: wrong position
        Samples.store(box, "A3", tubes.get(2)); // not scanned: missing
        Samples.store(Samples.newBox("GRID9X9"), "A1", tubes.get(3)); // scanned here: not in this box
        String stranger = Identifier.of("S", 999_999_998L, 9).value(); // unknown
        String csv = "Position,Tube ID\nA1," + tubes.get(0) + "\nB2," + tubes.get(1) + "\nC1," + tubes.get(3)
                + "\nC2," + stranger + "\nC3,NO READ\n";

        Api.Response verified = scan(box, "verify", csv);

        assertEquals(200, verified.status(), verified::toString);
        JsonObject report = verified.object();
        assertTrue(!report.getBoolean("clean"));
        assertEquals(List.of(tubes.get(0)), tubesOf(report, "matches"));
        assertEquals(List.of(tubes.get(1)), tubesOf(report, "wrongPosition"));
        assertEquals("B2", report.getJsonArray("wrongPosition").getJsonObject(0).getString("scannedAt"));
        assertEquals("A2", report.getJsonArray("wrongPosition").getJsonObject(0).getString("expectedAt"));
        assertEquals(List.of(tubes.get(2)), tubesOf(report, "missing"));
        assertEquals(List.of(tubes.get(3)), tubesOf(report, "notInThisBox"));
        assertEquals(List.of(stranger), tubesOf(report, "unknown"));
        assertEquals("C3", report.getJsonArray("unreadable").getJsonObject(0).getString("scannedAt"));
        assertEquals("A2", Samples.sample(tubes.get(1)).getJsonObject("location").getString("position"),
                "verifying moved nothing");
        assertRefused(scan(box, "both", csv), "mode");
    }

    private Api.Response scan(String box, String mode, String csv) {
        return technician.postFile("/api/storage/boxes/" + box + "/rack-scan?mode=" + mode,
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static List<String> tubesOf(JsonObject report, String list) {
        return report.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(e -> e.getString("tube")).toList();
    }
}
