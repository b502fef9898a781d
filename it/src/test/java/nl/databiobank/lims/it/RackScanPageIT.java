package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Pages;
import nl.databiobank.lims.it.support.Samples;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The rack-scan page: uploading a rack-scanner export to verify a box, or to place it, all or nothing. */
class RackScanPageIT extends BrowserTest {

    @Test
    void verifyingABoxShowsTheMissingAndTheUnknownTube() throws IOException {
        List<String> tubes = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1", "SERUM:1");
        String box = Samples.newBox("GRID9X9");
        assertEquals(200, Samples.store(box, "A1", tubes.get(0)).status());
        assertEquals(200, Samples.store(box, "A2", tubes.get(1)).status());
        String stranger = Identifier.of("S", 999_999_997L, 9).value();
        Path csv = csv("Position,Tube ID\nA1," + tubes.get(0) + "\nA3," + stranger + "\n");

        Pages.logIn(DemoLogins.of("technician"));
        open("/lab/rack-scan.xhtml");
        type("rack:box", box);
        upload(csv);
        guardHttp(() -> click("rack:submit"));

        assertEquals("1", text("matchesCount"));
        assertEquals("1", text("missingCount"));
        assertEquals("1", text("unknownCount"));
        assertEquals("0", text("wrongPositionCount"));
        assertEquals(List.of("A2 " + tubes.get(1)), rows("missing"));
        assertEquals(List.of("A3 " + stranger), rows("unknown"));
        assertTrue(text("messages").contains("disagree"), text("messages"));
        assertEquals("A2", Samples.sample(tubes.get(1)).getJsonObject("location").getString("position"),
                "verifying changes nothing");
    }

    @Test
    void placingARefusedFileListsEveryProblemByLineAndPlacesNothing() throws IOException {
        List<String> tubes = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1", "SERUM:1");
        String box = Samples.newBox("GRID9X9");
        String misread = tubes.get(1).substring(0, tubes.get(1).length() - 1) + (tubes.get(1).endsWith("A") ? "B" : "A");
        Path csv = csv(box + "\nPosition,Tube ID\nA1," + tubes.get(0) + "\nA2," + misread + "\nK9," + tubes.get(0) + "\n");

        Pages.logIn(DemoLogins.of("technician"));
        open("/lab/rack-scan.xhtml");
        type("rack:box", box);
        upload(csv);
        choosePlace();
        guardHttp(() -> click("rack:submit"));

        List<String> problems = rows("problems");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("4 tube") && p.contains("check character")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("5 ")), problems::toString);
        assertTrue(text("messages").contains("Nothing was placed"), text("messages"));
        assertTrue(Samples.sample(tubes.get(0)).isNull("location"), "the good line was not placed either");

        Path good = csv(box + "\nPosition,Tube ID\nA1," + tubes.get(0) + "\nA02," + tubes.get(1) + "\n");
        type("rack:box", box);
        upload(good);
        choosePlace();
        guardHttp(() -> click("rack:submit"));
        assertEquals("2", text("storedCount"));
        assertEquals("A2", Samples.sample(tubes.get(1)).getJsonObject("location").getString("position"));
    }

    private static void choosePlace() {
        browser.findElement(By.cssSelector("label[for='rack:mode:1']")).click();
    }

    private static Path csv(String content) throws IOException {
        Path file = Files.createTempFile("rack-scan", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void upload(Path file) {
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    /** The rows of a table, their cells joined by a space. */
    private static List<String> rows(String table) {
        return browser.findElements(By.cssSelector("[id='" + table + "_data'] > tr")).stream()
                .map(row -> String.join(" ", row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText).map(String::trim).toList()))
                .toList();
    }
}
