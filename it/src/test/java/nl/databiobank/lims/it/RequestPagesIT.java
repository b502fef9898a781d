package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.fieldMessages;
import static nl.databiobank.lims.it.support.Pages.logIn;
import static nl.databiobank.lims.it.support.Pages.selectOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.Requests;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The researcher's material request pages (issue 7): feasibility in counts only before filing, a
 * refusal beside its field, the draft saved and submitted, and the officer's decision with its
 * condition on the researcher's page; a request of someone else's is not found. Each test has a
 * researcher, a study and a sample type of its own, so that nobody has material of that type.
 */
class RequestPagesIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void aResearcherChecksFeasibilityFilesSubmitsAndSeesTheApprovalWithItsCondition() {
        Login pi = Users.create("pi", "RESEARCHER");
        String sampleType = Requests.newSampleType();
        String study = Requests.study(pi, List.of(sampleType), List.of("BLOOD"), TODAY.minusDays(10),
                TODAY.plusYears(2));
        logIn(pi);

        // from the researcher's card on the home page
        guardHttp(() -> browser.findElement(By.cssSelector("a[id$='newRequestLink']")).click());
        assertEquals("/research/request-new.xhtml", currentPath());
        selectOne("request:study", study);
        type("request:title", "Cytokines after chemotherapy");
        type("request:purpose", "Inflammation markers at baseline and three months");
        selectOne("request:sampleType", sampleType);
        type("request:minQuantity", "0.5");
        type("request:participants", "40");
        type("request:timePoints", "BASELINE, M3X");
        type("request:diagnoses", "C50, C18.7");
        browser.findElement(By.cssSelector("label[for='request:dataItems:0']")).click();
        browser.findElement(By.cssSelector("label[for='request:dataItems:2']")).click();

        // The second time point is wrong: the service's timePoints[1] is shown beside the one input of codes.
        guardAjax(() -> click("request:feasibility"));
        assertEquals(List.of("Not a time point: \"M3X\". Use BASELINE, UNSCHEDULED or M followed by months (M3, M12)."),
                fieldMessages("request"));
        assertFalse(exists("feasibilityParticipants"), "no counts for criteria that are refused");

        // Nobody has material of the test's fresh sample type: both counts are small, shown as "< 5".
        type("request:timePoints", "BASELINE, M3");
        guardAjax(() -> click("request:feasibility"));
        assertEquals(List.of(), fieldMessages("request"));
        assertEquals("< 5", text("feasibilityParticipants"));
        assertEquals("< 5", text("feasibilitySamples"));

        guardHttp(() -> click("request:save"));
        assertEquals("/research/request.xhtml", currentPath());
        long id = Long.parseLong(URI.create(browser.getCurrentUrl()).getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        assertTrue(text("messages").contains("Request " + id + " saved as a draft."), text("messages"));
        assertEquals("Draft", text("status"));
        assertEquals("BASELINE, M3", text("timePoints"));
        assertEquals("C18.7, C50", text("diagnoses"));
        assertEquals("Questionnaire scores, Age at collection", text("dataItems"));

        guardHttp(() -> click("actions:submit"));
        assertTrue(text("messages").contains("Request " + id + " submitted for review."), text("messages"));
        assertEquals("Submitted", text("status"));
        assertFalse(exists("actions:submit"), "a submitted request is not submitted again");
        List<String> steps = stepRows();
        assertEquals(2, steps.size(), steps::toString);
        assertTrue(steps.get(0).contains("Draft") && steps.get(0).contains(pi.username()), steps::toString);
        assertTrue(steps.get(1).contains("Submitted") && steps.get(1).contains(pi.username()), steps::toString);
        assertFalse(exists("decision"), "no decision yet");
        guardAjax(() -> click("actions:feasibility"));
        assertEquals("< 5", text("feasibilityParticipants"), "the filed request's counts, as before filing");

        // The list shows it with its status translated.
        guardHttp(() -> click("allRequests"));
        String list = text("requests");
        assertTrue(list.contains("Cytokines after chemotherapy") && list.contains(study) && list.contains("Submitted"),
                list);

        // The officer reviews and approves with a condition, through the API.
        Api ethics = Api.as(DemoLogins.of("ethics"));
        assertEquals(200, ethics.post("/api/requests/" + id + "/review").status());
        Api.Response decided = ethics.post("/api/requests/" + id + "/decision", Json.createObjectBuilder()
                .add("approve", true).add("note", "Use within 2 years").build());
        assertEquals(200, decided.status(), decided::toString);

        open("/research/request.xhtml?id=" + id);
        assertEquals("Approved", text("status"));
        assertEquals("Approved", text("decisionOutcome"));
        assertEquals("Use within 2 years", text("decisionNote"));
        assertTrue(text("approval").contains("METc UMCG") && text("approval").contains("version 1"),
                text("approval"));
        steps = stepRows();
        assertEquals(4, steps.size(), steps::toString);
        assertTrue(steps.get(2).contains("Under review") && steps.get(2).contains("ethics"), steps::toString);
        assertTrue(steps.get(3).contains("Approved") && steps.get(3).contains("Use within 2 years"), steps::toString);

        // In Dutch, the statuses are Dutch too.
        guardHttp(() -> click("session:lang-nl"));
        assertEquals("Goedgekeurd", text("status"));
        assertTrue(stepRows().get(1).contains("Ingediend"), stepRows()::toString);
        assertEquals("Voorwaarden", text("decisionNoteLabel"));
    }

    @Test
    void anotherResearchersRequestIsNotFoundAndOthersCannotOpenTheResearchPages() {
        Login pi = Users.create("pi", "RESEARCHER");
        Login other = Users.create("other", "RESEARCHER");
        String sampleType = Requests.newSampleType();
        String study = Requests.study(pi, List.of(sampleType), List.of("BLOOD"), TODAY.minusDays(10),
                TODAY.plusYears(2));
        Api.Response filed = Api.as(pi).post("/api/requests", Requests.request(study, sampleType, 0.5, 10));
        assertEquals(201, filed.status(), filed::toString);
        long id = filed.object().getJsonNumber("id").longValue();

        logIn(other);
        open("/research/request.xhtml?id=" + id);
        assertTrue(browser.getPageSource().contains("Not found"), browser::getPageSource);
        assertFalse(browser.getPageSource().contains(sampleType), "nothing of the request shows");
        open("/research/request.xhtml?id=not-a-number");
        assertTrue(browser.getPageSource().contains("Not found"), browser::getPageSource);
        open("/research/requests.xhtml");
        assertTrue(text("requests").contains("No requests yet."), text("requests"));

        browser.manage().deleteAllCookies();
        logIn(DemoLogins.of("technician"));
        assertFalse(text("menu").contains("My requests"), text("menu"));
        assertTrue(browser.findElements(By.cssSelector("a[id$='requestsLink']")).isEmpty(), "no researcher's card");
        open("/research/requests.xhtml");
        assertTrue(browser.getPageSource().contains("Not allowed"), browser::getPageSource);
    }

    private static List<String> stepRows() {
        return browser.findElements(By.cssSelector("[id='steps_data'] > tr")).stream()
                .map(row -> row.getText().trim()).toList();
    }

    @Test
    void theResearcherReportsTheUseOfWhatWasShipped() {
        Login pi = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(pi, List.of(type), List.of("BLOOD"), TODAY.minusDays(30), TODAY.plusYears(1));
        String barcode = Requests.collect(Requests.participant("Dr. A. de Vries", java.util.Map.of()),
                "2026-10-01T09:30", type + ":1.0").get(0);
        long id = Requests.approved(Api.as(pi), Requests.request(study, type, 0.5, 1));
        Requests.ship(id, barcode, "Dr. A. de Vries", "Lab of " + pi.username(), "Hanzeplein 1, Groningen");

        logIn(pi);
        open("/research/request.xhtml?id=" + id);
        String pseudonym = Api.as(pi).get("/api/requests/" + id + "/usage").array().getJsonObject(0)
                .getString("studyPseudonym");
        assertTrue(text("received").contains(pseudonym), () -> text("received"));
        assertTrue(text("received").contains(barcode));
        selectOne("usage:samples:0:outcome", "CONSUMED");
        browser.findElement(By.id("usage:samples:0:note")).sendKeys("ELISA");
        guardAjax(() -> click("usage:samples:0:save"));
        assertTrue(text("usage").contains(barcode), () -> text("usage"));

        var reported = Api.as(pi).get("/api/requests/" + id + "/usage").array().getJsonObject(0);
        assertEquals("CONSUMED", reported.getString("usage"));
        assertEquals("ELISA", reported.getString("usageNote"));

        guardHttp(() -> click("close:closeRequest"));
        assertEquals(1, fieldMessages("close").size(), "a request is closed for a reason");
        type("close:reason", "All material used");
        guardHttp(() -> click("close:closeRequest"));
        assertEquals("CLOSED", Api.as(pi).get("/api/requests/" + id).object().getString("status"));
        assertTrue(text("status").contains("Closed"), () -> text("status"));
    }
}
