package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.Participants;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The technician's scan page, driven like a keyboard-wedge scanner does: the barcode's characters and
 * Enter into the one field, nothing else. Every test makes its own boxes and tubes through the API and
 * checks what was stored through the API too.
 */
class ScanPageIT extends BrowserTest {

    @Test
    void aBoxThenItsTubesStoresThemPositionByPosition() {
        String box = Lab.newBox("GRID9X9");
        List<String> tubes = Lab.newTubes(3, true);
        Lab.logInAsTechnician();
        open("/lab/scan.xhtml");
        assertFieldReady();

        scan(box);
        assertOk("Box " + box + ": scan its tubes. Next position: A1.");
        assertTrue(text("scan:next").startsWith("Next position: A1."), text("scan:next"));
        assertTrue(element("cell-A1").getAttribute("class").contains("scan-target"), element("cell-A1").getAttribute("class"));
        assertFieldReady();

        String[] positions = {"A1", "A2", "A3"};
        scan(tubes.get(0));
        assertOk(tubes.get(0) + " stored in box " + box + " at A1.");
        assertFieldReady();
        assertTrue(element("cell-A1").getAttribute("class").contains("scan-status-available"),
                element("cell-A1").getAttribute("class"));
        assertEquals("A2", text("scan:target"));

        // A scanner is quicker than the answers: two tubes in one burst, neither lost, stored in order.
        guardAjax(() -> element("scan-field").sendKeys(tubes.get(1) + Keys.ENTER + tubes.get(2) + Keys.ENTER));
        assertOk(tubes.get(2) + " stored in box " + box + " at A3.");
        assertTrue(text("scan:history").contains(tubes.get(1) + " stored in box " + box + " at A2."), text("scan:history"));
        assertFieldReady();
        assertTrue(text("scan:next").startsWith("Next position: A4."), text("scan:next"));
        for (int i = 0; i < tubes.size(); i++) {
            assertEquals(Map.of("box", box, "position", positions[i]), Lab.location(tubes.get(i)));
        }

        // A scanner that reads the same tube twice must not move it on.
        scan(tubes.get(2));
        assertRefused("Nothing stored: " + tubes.get(2) + " is in box " + box + " already, at A3.");
        assertEquals(Map.of("box", box, "position", "A3"), Lab.location(tubes.get(2)));

        // Another box switches box; Esc leaves it, and a tube is then looked up, not stored.
        String other = Lab.newBox("GRID10X10");
        scan(other);
        assertOk("Box " + other + ": scan its tubes. Next position: A1.");
        assertTrue(exists("cell-J10"), "a 10x10 grid");
        guardAjax(() -> element("scan-field").sendKeys(Keys.ESCAPE));
        assertOk("Left box " + other + ".");
        assertFalse(exists("cell-A1"), "no grid once the box is left");
        scan(tubes.get(0));
        assertOk(tubes.get(0) + ": Available, in box " + box + " at A1.");
        assertFieldReady();
    }

    @Test
    void aWrongCheckCharacterIsRefusedAtOnceAndNothingIsStored() {
        String box = Lab.newBox("GRID9X9");
        String tube = Lab.newTubes(1, true).get(0);
        Lab.logInAsTechnician();
        open("/lab/scan.xhtml");
        scan(box);

        String misread = Lab.withWrongCheckCharacter(tube);
        scan(misread);
        assertRefused("\"" + misread + "\" has a wrong check character: it was mistyped or misread. Scan or type it again.");
        assertFieldReady();
        assertNull(Lab.location(tube), "nothing stored");
        assertTrue(text("scan:next").startsWith("Next position: A1."), text("scan:next"));

        // The same for a misread box: the open box stays open.
        scan(Lab.withWrongCheckCharacter(box));
        assertTrue(text("scan:result").contains("has a wrong check character"), text("scan:result"));
        assertEquals(box, text("box-barcode"));
        scan(tube);
        assertOk(tube + " stored in box " + box + " at A1.");
    }

    @Test
    void aTubeShowsItsTypeStatusParticipantLocationAndCustody() {
        String box = Lab.newBox("GRID9X9");
        List<String> tubes = Lab.newTubes(2, true);
        Lab.store(box, "C4", tubes.get(0));
        Lab.logInAsTechnician();
        open("/lab/scan.xhtml");

        scan(tubes.get(0));
        assertOk(tubes.get(0) + ": Available, in box " + box + " at C4.");
        assertEquals("DNA (DNA)", text("tube-type"));
        assertEquals("Available", text("tube-status"));
        assertTrue(text("tube-participant").matches("P\\d{6}[0-9A-Z*]"), text("tube-participant"));
        assertEquals(box + " C4", text("tube-location"));
        String events = text("tube-events");
        assertTrue(events.contains("Stored") && events.contains(box + " C4") && events.contains("Collected"), events);
        assertTrue(element("scan:tubeSample").getAttribute("href").endsWith("/lab/sample.xhtml?barcode=" + tubes.get(0)),
                element("scan:tubeSample").getAttribute("href"));

        // The unstored one says so; the participant's pseudonym lists both.
        scan(tubes.get(1));
        assertOk(tubes.get(1) + ": Available, not in a box.");
        assertEquals("Not in a box", text("tube-location"));
        String pseudonym = text("tube-participant");
        scan(pseudonym);
        assertOk("Samples of " + pseudonym + ": 2.");
        String samples = text("scan:samples");
        assertTrue(samples.contains(tubes.get(0)) && samples.contains(tubes.get(1)) && samples.contains(box), samples);

        // From the tube to its box.
        scan(tubes.get(0));
        guardHttp(() -> click("scan:tubeBox"));
        assertEquals("/lab/box.xhtml", currentPath());
        assertTrue(element("cell-C4").getAttribute("title").contains(tubes.get(0)), element("cell-C4").getAttribute("title"));
    }

    @Test
    void aRackOrFreezerShowsItsOccupancy() {
        Lab.Tree tree = Lab.newTree();
        String box = Lab.newBoxIn(tree.rack(), "GRID9X9");
        Lab.store(box, "A1", Lab.newTubes(1, true).get(0));
        Lab.logInAsTechnician();
        open("/lab/scan.xhtml");

        scan(tree.rack());
        assertTrue(text("scan:result").startsWith("Rack " + tree.rack()), text("scan:result"));
        assertTrue(text("unit-occupancy").startsWith("1 / 81"), text("unit-occupancy"));
        assertEquals(box + " A2", text("unit-next"));
        scan(tree.freezer());
        assertTrue(text("scan:result").startsWith("Freezer " + tree.freezer()), text("scan:result"));
        assertTrue(text("unit-occupancy").startsWith("1 / 81"), text("unit-occupancy"));

        // The next free position opens its box, keyboard only: Tab to it and Enter would do the same.
        guardAjax(() -> click("scan:fill"));
        assertOk("Box " + box + ": scan its tubes. Next position: A2.");
    }

    @Test
    void theScanPageSpeaksDutch() {
        String box = Lab.newBox("GRID9X9");
        String tube = Lab.newTubes(1, true).get(0);
        Lab.logInAsTechnician();
        open("/lab/scan.xhtml");
        guardHttp(() -> click("session:lang-nl"));
        scan(box);
        assertOk("Doos " + box + ": scan de buizen. Volgende positie: A1.");
        scan(tube);
        assertOk(tube + " opgeslagen in doos " + box + " op A1.");
        String misread = Lab.withWrongCheckCharacter(tube);
        scan(misread);
        assertRefused("\"" + misread + "\" heeft een verkeerd controleteken: verkeerd getypt of verkeerd gelezen."
                + " Scan of typ opnieuw.");
    }

    @Test
    void aScanAfterTheSessionEndedLeadsToTheLoginPageNotIntoNothing() {
        String box = Lab.newBox("GRID9X9");
        Lab.logInAsTechnician();
        open("/lab/scan.xhtml");
        browser.manage().deleteAllCookies();
        guardHttp(() -> element("scan-field").sendKeys(box + Keys.ENTER));
        assertEquals("/login.xhtml", currentPath());
    }

    // ---- the scanner ----

    /** What a keyboard-wedge scanner does: the characters, then Enter. */
    static void scan(String barcode) {
        guardAjax(() -> element("scan-field").sendKeys(barcode + Keys.ENTER));
    }

    static void assertOk(String expected) {
        assertEquals(expected, text("scan:result"));
        assertTrue(element("scan:result").getAttribute("class").contains("scan-ok"), element("scan:result").getAttribute("class"));
    }

    static void assertRefused(String expected) {
        assertEquals(expected, text("scan:result"));
        assertTrue(element("scan:result").getAttribute("class").contains("scan-error"), element("scan:result").getAttribute("class"));
    }

    /** The field is empty and has the focus again, ready for the next scan. */
    static void assertFieldReady() {
        assertEquals("", element("scan-field").getAttribute("value"));
        assertEquals("scan-field", ((JavascriptExecutor) browser).executeScript("return document.activeElement.id"));
    }

    /** Storage and tubes of the test's own, made through the API; nothing depends on demo data. */
    static final class Lab {

        record Tree(String freezer, String rack) {
        }

        private Lab() {
        }

        static void logInAsTechnician() {
            Login login = DemoLogins.of("technician");
            open("/login.xhtml");
            type("login:username", login.username());
            type("login:password", login.password());
            guardHttp(() -> click("login:submit"));
            assertEquals(login.username(), text("currentUser"), "logged in");
        }

        static Api admin() {
            return Api.as(DemoLogins.admin());
        }

        static Api technician() {
            return Api.as(DemoLogins.of("technician"));
        }

        /** A site, room, -80 freezer and rack of their own. */
        static Tree newTree() {
            String name = Users.uniqueName("scan-");
            JsonObject site = created(admin().post("/api/storage/units", Json.createObjectBuilder()
                    .add("kind", "SITE").add("name", "Site " + name).build()));
            JsonObject room = created(admin().post("/api/storage/units", Json.createObjectBuilder()
                    .add("kind", "ROOM").add("name", "Room " + name).add("parent", String.valueOf(site.getInt("id"))).build()));
            JsonObject freezer = created(admin().post("/api/storage/units", Json.createObjectBuilder()
                    .add("kind", "FREEZER").add("name", "Freezer " + name).add("temperatureClass", "-80")
                    .add("parent", String.valueOf(room.getInt("id"))).build()));
            JsonObject rack = created(admin().post("/api/storage/units", Json.createObjectBuilder()
                    .add("kind", "RACK").add("name", "Rack " + name).add("parent", freezer.getString("barcode")).build()));
            return new Tree(freezer.getString("barcode"), rack.getString("barcode"));
        }

        static String newBoxIn(String rack, String boxType) {
            return created(admin().post("/api/storage/boxes", Json.createObjectBuilder()
                    .add("boxType", boxType).add("rack", rack).add("name", Users.uniqueName("Box ")).build()))
                    .getString("barcode");
        }

        /** An empty box in a rack of its own. */
        static String newBox(String boxType) {
            return newBoxIn(newTree().rack(), boxType);
        }

        /**
         * Tubes of a new participant who consented to everything, from one collection: received (available)
         * or not yet (expected). DNA, whose type SPREC does not code.
         */
        static List<String> newTubes(int count, boolean received) {
            String pseudonym = Participants.enrol();
            created(Participants.nurse().post("/api/participants/" + pseudonym + "/consents",
                    Participants.consent(LocalDate.now().minusDays(2).toString(), Map.of())));
            JsonArrayBuilder samples = Json.createArrayBuilder();
            for (int i = 0; i < count; i++) {
                samples.add(Json.createObjectBuilder().add("type", "DNA").add("quantity", 5));
            }
            JsonObject collection = Json.createObjectBuilder()
                    .add("collectedAt", LocalDateTime.now().minusHours(4).truncatedTo(ChronoUnit.MINUTES).toString())
                    .add("hospital", "UMCG").add("timePoint", "BASELINE").add("procedure", "venipuncture")
                    .add("received", received).add("samples", samples).build();
            return created(technician().post("/api/participants/" + pseudonym + "/collections", collection))
                    .getJsonArray("barcodes").getValuesAs(JsonString::getString);
        }

        static void store(String box, String position, String tube) {
            Api.Response stored = technician().put("/api/storage/boxes/" + box + "/positions/" + position,
                    Json.createObjectBuilder().add("sample", tube).build());
            assertEquals(200, stored.status(), stored::toString);
        }

        /** Where the API says the tube is: {box, position}, or null. */
        static Map<String, String> location(String tube) {
            Api.Response sample = technician().get("/api/samples/" + tube);
            assertEquals(200, sample.status(), sample::toString);
            if (sample.object().isNull("location")) {
                return null;
            }
            JsonObject location = sample.object().getJsonObject("location");
            return Map.of("box", location.getString("box"), "position", location.getString("position"));
        }

        /** The barcode as a misread would give it: the same but for the check character. */
        static String withWrongCheckCharacter(String barcode) {
            char check = barcode.charAt(barcode.length() - 1);
            return barcode.substring(0, barcode.length() - 1) + (check == '0' ? '1' : '0');
        }

        private static JsonObject created(Api.Response response) {
            assertEquals(201, response.status(), response::toString);
            return response.object();
        }
    }
}
