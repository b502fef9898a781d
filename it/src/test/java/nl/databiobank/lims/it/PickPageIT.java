package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.Pages;
import nl.databiobank.lims.it.support.Requests;
import nl.databiobank.lims.it.support.Samples;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The lab's pages for a material request (issue 7): scan-to-pick in freezer order with a loud refusal of a
 * strange tube, a shipment refused whole with every sample's reasons and then shipped; and the allocation
 * page, where a technician reserves the proposal and a nurse records a physician's refusal. Each test makes
 * its own study, sample type, participants and request through the API.
 */
class PickPageIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now();

    private final Api technician = Api.as(DemoLogins.of("technician"));

    @Test
    void aTechnicianScansTheTubesInFreezerOrderHearsAboutAStrangerAndShips() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        String physician = "Dr. " + Users.uniqueName("pick-");
        String staying = Requests.participant(physician, Map.of());
        String leaving = Requests.participant(physician, Map.of());
        String first = Requests.collect(staying, "2026-10-01T09:30", type + ":1.0").get(0);
        String second = Requests.collect(leaving, "2026-10-02T09:30", type + ":1.0").get(0);
        String box = Samples.newBox("GRID9X9");
        assertEquals(200, Samples.store(box, "C3", first).status());
        assertEquals(200, Samples.store(box, "A2", second).status());
        long id = Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 2));
        assertEquals(200, Requests.allocate(technician, id, first, second).status());
        assertEquals(200, Requests.agree(id, physician, true, null).status());
        String stranger = Requests.collect(staying, "2026-10-03T09:30", type + ":1.0").get(0);

        Pages.logIn(DemoLogins.of("technician"));
        open("/lab/pick.xhtml?id=999999999");
        assertTrue(text("messages").startsWith("There is no material request"), "an unknown request is said, not an error page");

        // from the lab's list of requests to the pick list
        open("/lab/requests.xhtml");
        guardHttp(() -> browser.findElement(By.cssSelector("a[href*='/lab/pick.xhtml?id=" + id + "']")).click());
        assertEquals("/lab/pick.xhtml", currentPath());
        assertEquals("Allocated", text("request-status"));
        assertEquals(List.of(second, first), List.of(text("scan:picklist:0:barcode"), text("scan:picklist:1:barcode")),
                "A2 before C3 in the same box");
        assertEquals(List.of("A2", "C3"), List.of(text("scan:picklist:0:position"), text("scan:picklist:1:position")));
        assertEquals("0 of 2 picked", text("scan:progress"));
        assertFalse(exists("ship:recipient"), "nothing to ship before every tube is picked");
        assertFieldReady();

        // a tube of no request: red, loud, and the field is ready for the next one
        scan(stranger);
        assertLoudlyRefused("Tube " + stranger + " is NOT on the pick list of request " + id + ": put it back.");
        assertFieldReady();
        assertFalse(isPicked(0) || isPicked(1), "nothing picked by a refused scan");

        scan(second);
        assertOk(second, "1 of 2 picked.");
        assertTrue(isPicked(0), "the picked tube is marked");
        assertFalse(isPicked(1));
        assertEquals("Picked", text("scan:picklist:0:state"));
        assertFieldReady();

        // the scanner read the same tube twice
        scan(second);
        assertLoudlyRefused("Tube " + second + " was picked already.");

        scan(first);
        assertOk(first, "2 of 2 picked.");
        assertTrue(isPicked(0) && isPicked(1));
        assertEquals("Picked", text("request-status"));
        assertTrue(text("scan:allPicked").startsWith("All 2 tubes picked"), text("scan:allPicked"));
        assertTrue(text("scan:history").contains("NOT on the pick list"), "earlier answers stay in sight");

        // one participant withdraws after picking: the shipment is refused whole, saying which and why
        Api.Response withdrawn = Requests.nurse().post("/api/participants/" + leaving + "/withdrawals",
                Json.createObjectBuilder().add("withdrawnOn", TODAY.toString()).add("scope", "NO_FURTHER_USE")
                        .add("reason", "changed her mind").build());
        assertEquals(201, withdrawn.status(), withdrawn::toString);
        String recipient = "Dr. R. Onderzoeker, Cytokine Lab";
        type("ship:recipient", recipient);
        type("ship:address", "Hanzeplein 1, 9713 GZ Groningen");
        guardAjax(() -> click("ship:submit"));
        String refusals = text("refusals");
        assertTrue(refusals.startsWith(second + ": ") && refusals.contains("the participant withdrew")
                && !refusals.contains(first), "only the withdrawn one, its reasons in words: " + refusals);
        assertTrue(text("shipping").contains("Nothing was shipped: 1 sample(s) may not leave today."), text("shipping"));
        assertEquals("RESERVED", Samples.sample(first).getString("status"), "nothing left the biobank");

        // the coordinator takes the withdrawn tube off; then the rest ships
        assertEquals(204, technician.withHeader("X-Reason", "participant withdrew")
                .delete("/api/requests/" + id + "/allocation/" + second).status());
        type("ship:recipient", recipient);
        type("ship:address", "Hanzeplein 1, 9713 GZ Groningen");
        guardHttp(() -> click("ship:submit"));
        assertEquals("Shipped", text("request-status"));
        assertEquals(recipient, text("shipment-recipient"));
        assertEquals(TODAY.plusDays(365).toString(), text("shipment-due"));
        assertTrue(text("shippedMessages").contains("Request " + id + " shipped to " + recipient + "."),
                text("shippedMessages"));
        assertFalse(exists("scan-field"), "nothing more to pick");
        assertEquals("SHIPPED", technician.get("/api/requests/" + id).object().getString("status"));
        assertEquals("SHIPPED", Samples.sample(first).getString("status"));

        // the researcher sends it back; the technician checks it in by scanning, once
        assertEquals(200, Api.as(lead).put("/api/requests/" + id + "/usage", Json.createObjectBuilder()
                .add("barcode", first).add("usage", "RETURNED").build()).status());
        open("/lab/returns.xhtml");
        assertTrue(exists("overdue"), "the overdue usage reports are listed");
        assertFieldReady();
        scan(first);
        assertEquals(first + " checked in: back in the biobank. Store it on the scan page.", text("scan:result"));
        assertEquals("AVAILABLE", Samples.sample(first).getString("status"));
        scan(first);
        assertLoudlyRefused("Sample " + first + " is back in the biobank already.");
        assertFieldReady();
    }

    @Test
    void theProposalIsReservedAndANurseRecordsAPhysiciansRefusalWithItsReason() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        String physician = "Dr. " + Users.uniqueName("alloc-");
        String first = Requests.collect(Requests.participant(physician, Map.of()), "2026-10-01T09:30", type + ":1.0").get(0);
        String second = Requests.collect(Requests.participant(physician, Map.of()), "2026-10-02T09:30", type + ":1.0").get(0);
        long id = Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 2));

        Pages.logIn(DemoLogins.of("technician"));
        open("/lab/request-allocation.xhtml?id=" + id);
        assertEquals("Approved", text("request-status"));
        assertEquals(List.of(first, second), List.of(text("proposal:candidates:0:barcode"),
                text("proposal:candidates:1:barcode")), "first in, first out");
        guardAjax(() -> click("proposal:reserve"));
        assertTrue(text("messages").contains("2 sample(s) reserved for request " + id + "."), text("messages"));
        assertEquals("Allocated", text("request-status"));
        assertEquals(List.of("Reserved", "Reserved"), List.of(text("samples:allocated:0:state"),
                text("samples:allocated:1:state")));
        assertEquals(physician, text("physicians:table:0:name"));
        assertEquals("2", text("physicians:table:0:samples"));
        assertEquals("Not answered yet", text("physicians:table:0:answer"));
        assertFalse(exists("physicians:table:0:refuse"), "a nurse records the physicians' answers");

        browser.manage().deleteAllCookies();
        Pages.logIn(DemoLogins.of("nurse"));
        open("/lab/request-allocation.xhtml?id=" + id);
        guardAjax(() -> click("physicians:table:0:refuse"));
        assertEquals(List.of("Say why the physician refused; the researcher sees it."), Pages.fieldMessages("physicians"));
        assertEquals("Not answered yet", text("physicians:table:0:answer"), "a refusal without a reason changes nothing");

        String why = "Patients take part in a trial that forbids it";
        type("physicians:table:0:note", why);
        guardAjax(() -> click("physicians:table:0:refuse"));
        assertEquals("Refused", text("physicians:table:0:answer"));
        assertEquals(why, text("physicians:table:0:answerNote"));
        assertEquals(List.of("Taken off", "Taken off"), List.of(text("samples:allocated:0:state"),
                text("samples:allocated:1:state")));
        assertTrue(text("samples:allocated:0:reason").contains(why), text("samples:allocated:0:reason"));
        assertEquals("Approved", text("request-status"), "nothing is held any more");
        assertTrue(text("notices").contains("Physician refused"), text("notices"));
        assertEquals("AVAILABLE", Samples.sample(first).getString("status"));

        guardHttp(() -> click("session:lang-nl"));
        assertEquals("Goedgekeurd", text("request-status"));
        assertEquals("Weigert", text("physicians:table:0:answer"));
        assertEquals("Eraf gehaald", text("samples:allocated:0:state"));
    }

    // ---- the scanner ----

    /** What a keyboard-wedge scanner does: the characters, then Enter. */
    private static void scan(String barcode) {
        guardAjax(() -> element("scan-field").sendKeys(barcode + Keys.ENTER));
    }

    private static void assertOk(String barcode, String ending) {
        String answer = text("scan:result");
        assertTrue(answer.startsWith(barcode + " picked from ") && answer.endsWith(ending), answer);
        assertTrue(element("scan:result").getAttribute("class").contains("scan-ok"), element("scan:result").getAttribute("class"));
    }

    /** Red, in the loud style of its own, saying why. */
    private static void assertLoudlyRefused(String expected) {
        assertEquals(expected, text("scan:result"));
        String style = element("scan:result").getAttribute("class");
        assertTrue(style.contains("scan-error") && style.contains("request-scan-refused"), style);
    }

    private static boolean isPicked(int row) {
        return element("scan:picklist:" + row + ":barcode").findElement(By.xpath("./ancestor::tr[1]"))
                .getAttribute("class").contains("pick-picked");
    }

    /** The field is empty and has the focus again, ready for the next scan. */
    private static void assertFieldReady() {
        assertEquals("", element("scan-field").getAttribute("value"));
        assertEquals("scan-field", ((JavascriptExecutor) browser).executeScript("return document.activeElement.id"));
    }
}
