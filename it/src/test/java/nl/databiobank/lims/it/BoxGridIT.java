package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.ScanPageIT.assertFieldReady;
import static nl.databiobank.lims.it.ScanPageIT.assertOk;
import static nl.databiobank.lims.it.ScanPageIT.assertRefused;
import static nl.databiobank.lims.it.ScanPageIT.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.it.ScanPageIT.Lab;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.Participants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The box page: the grid with its occupants coloured by state, a free cell chosen by a click or by typing. */
class BoxGridIT extends BrowserTest {

    @Test
    void theGridShowsEachOccupantWithItsState() {
        String box = Lab.newBox("GRID9X9");
        String available = Lab.newTubes(1, true).get(0);
        String blocked = Lab.newTubes(1, true).get(0);
        Lab.store(box, "A1", available);
        Lab.store(box, "B2", blocked);
        withdrawFromFurtherUse(participantOf(blocked));
        Lab.logInAsTechnician();
        open("/lab/box.xhtml?barcode=" + box);

        assertEquals(box, text("box-barcode"));
        assertTrue(browser.getTitle().startsWith("Box " + box), browser.getTitle());
        List<String> rows = browser.findElements(By.cssSelector("#box-grid tbody th")).stream().map(WebElement::getText).toList();
        List<String> columns = browser.findElements(By.cssSelector("#box-grid thead th")).stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).toList();
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"), rows);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), columns);
        assertEquals(81, browser.findElements(By.cssSelector("#box-grid .scan-cell")).size());

        assertClasses("A1", "scan-status-available");
        assertTrue(element("cell-A1").getAttribute("title").contains(available), element("cell-A1").getAttribute("title"));
        assertClasses("B2", "scan-status-available", "scan-blocked");
        assertTrue(element("cell-B2").getAttribute("title").endsWith("Blocked"), element("cell-B2").getAttribute("title"));
        assertClasses("A2", "scan-free", "scan-target");
        assertClasses("I9", "scan-free");
        assertEquals("Occupied: 2 / 81", text("box-fill"));

        // An occupied cell shows its tube.
        guardAjax(() -> click("cell-A1"));
        assertOk("Position A1 holds " + available + ".");
        assertEquals(available, text("tube-barcode"));
        assertFieldReady();
    }

    @Test
    void aFreeCellClickedOrTypedTakesTheNextTube() {
        String box = Lab.newBox("GRID10X10");
        List<String> tubes = Lab.newTubes(3, false);
        Lab.logInAsTechnician();
        open("/lab/box.xhtml?barcode=" + box);
        assertOk("Box " + box + ": scan its tubes. Next position: A1.");

        guardAjax(() -> click("cell-E5"));
        assertOk("Position E5 chosen: scan the tube for it.");
        assertClasses("E5", "scan-chosen");
        assertFieldReady();
        scan(tubes.get(0));
        assertOk(tubes.get(0) + " stored in box " + box + " at E5.");
        assertEquals(Map.of("box", box, "position", "E5"), Lab.location(tubes.get(0)));
        assertClasses("E5", "scan-status-available");
        assertClasses("A1", "scan-target");

        // Keyboard only: a position typed into the field chooses it, in any case, G07 as rack scanners write it.
        scan("g07");
        assertOk("Position G7 chosen: scan the tube for it.");
        scan(tubes.get(1));
        assertOk(tubes.get(1) + " stored in box " + box + " at G7.");
        assertEquals(Map.of("box", box, "position", "G7"), Lab.location(tubes.get(1)));

        // Esc forgets a chosen position: the next tube goes to the next free one.
        scan("J10");
        assertOk("Position J10 chosen: scan the tube for it.");
        guardAjax(() -> element("scan-field").sendKeys(Keys.ESCAPE));
        assertOk("Position J10 is no longer chosen.");
        scan(tubes.get(2));
        assertOk(tubes.get(2) + " stored in box " + box + " at A1.");

        scan("K1");
        assertRefused("Box " + box + " has no position K1: it has 10 rows and 10 columns.");
    }

    @Test
    void anOccupiedPositionIsRefusedNamingTheOccupant() {
        String box = Lab.newBox("GRID9X9");
        List<String> tubes = Lab.newTubes(2, true);
        Lab.logInAsTechnician();
        open("/lab/box.xhtml?barcode=" + box);

        guardAjax(() -> click("cell-C3"));
        assertOk("Position C3 chosen: scan the tube for it.");
        // Another technician is quicker.
        Lab.store(box, "C3", tubes.get(0));
        scan(tubes.get(1));
        assertRefused("Position C3 of box " + box + " holds " + tubes.get(0) + " already.");
        assertNull(Lab.location(tubes.get(1)), "nothing stored");
        assertFieldReady();
        // The grid is drawn afresh: C3 is taken, and the tube goes to the next free position.
        assertClasses("C3", "scan-status-available");
        scan(tubes.get(1));
        assertOk(tubes.get(1) + " stored in box " + box + " at A1.");
    }

    private static void assertClasses(String position, String... classes) {
        String actual = element("cell-" + position).getAttribute("class");
        for (String expected : classes) {
            assertTrue(List.of(actual.split("\\s+")).contains(expected), () -> position + ": " + actual);
        }
    }

    private static String participantOf(String tube) {
        return Lab.technician().get("/api/samples/" + tube).object().getString("participant");
    }

    private static void withdrawFromFurtherUse(String pseudonym) {
        Api.Response withdrawn = Participants.nurse().post("/api/participants/" + pseudonym + "/withdrawals",
                Json.createObjectBuilder().add("withdrawnOn", LocalDate.now().toString()).add("scope", "NO_FURTHER_USE")
                        .add("reason", "no further use of the material").build());
        assertEquals(201, withdrawn.status(), withdrawn::toString);
    }
}
