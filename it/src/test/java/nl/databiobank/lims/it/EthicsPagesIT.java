package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.fieldMessages;
import static nl.databiobank.lims.it.support.Pages.logIn;
import static nl.databiobank.lims.it.support.Pages.selectOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The ethics officer's pages (issue 7): a study registered and approved on the pages, the approval
 * among those expiring soon, and a researcher's request taken from the review queue and approved with
 * a condition; refusals (dates the wrong way round, a rejection without a reason) beside their inputs.
 */
class EthicsPagesIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void anOfficerApprovesAStudyAndThenARequestUnderIt() {
        Login pi = Users.create("pi", "RESEARCHER");
        String code = Users.uniqueName("ETH-").toUpperCase();
        logIn(DemoLogins.of("ethics"));

        registerStudy(code, pi);
        addAndRemoveAMember();
        recordApproval(code);
        assertExpiringSoon(code);

        long id = submittedRequest(pi, code);
        reviewAndApprove(id);

        JsonObject request = Api.as(pi).get("/api/requests/" + id).object();
        assertEquals("APPROVED", request.getString("status"), request::toString);
        assertEquals("Only for the biomarker validation; report usage within 12 months",
                request.getString("decisionNote"));
        assertEquals(1, request.getInt("approvalVersion"));
    }

    @Test
    void aResearcherMayNotOpenTheReviewPages() {
        logIn(Users.create("researcher", "RESEARCHER"));
        open("/ethics/review-queue.xhtml");
        assertTrue(browser.getPageSource().contains("Your roles do not allow this page."), browser.getPageSource());
        open("/ethics/studies.xhtml");
        assertTrue(browser.getPageSource().contains("Your roles do not allow this page."), browser.getPageSource());
    }

    private static void registerStudy(String code, Login pi) {
        open("/ethics/studies.xhtml");
        type("study:code", code);
        type("study:title", "Serum biomarkers after chemotherapy");
        type("study:principalInvestigator", "nobody-" + code.toLowerCase());
        type("study:institution", "UMCG");
        type("study:summary", "Which serum markers predict relapse.");
        guardAjax(() -> click("study:create"));
        assertTrue(text("study:principalInvestigatorMessage").contains("RESEARCHER"),
                "a lead who is no researcher is refused beside the input: " + fieldMessages("study"));

        type("study:principalInvestigator", pi.username());
        guardHttp(() -> click("study:create"));
        assertEquals("/ethics/study.xhtml", currentPath());
        assertTrue(text("messages").contains(code), text("messages"));
        assertEquals("Draft (no approval yet)", text("status"));
    }

    private static void addAndRemoveAMember() {
        Login member = Users.create("member", "RESEARCHER");
        type("member:username", member.username());
        guardAjax(() -> click("member:add"));
        assertTrue(text("member:members").contains(member.username()), text("member:members"));

        selectOne("member:memberToRemove", member.username());
        guardAjax(() -> click("member:remove"));
        assertEquals(1, fieldMessages("member").size(), "taking a member off needs a reason, asked beside it");
        type("member:reason", "Moved to another project");
        guardAjax(() -> click("member:remove"));
        assertEquals(List.of(), fieldMessages("member"));
        assertFalse(text("member:members").contains(member.username()), text("member:members"));
    }

    private static void recordApproval(String code) {
        type("approval:committee", "METc UMCG");
        type("approval:referenceNumber", "METc 2026/" + code);
        type("approval:decisionDate_input", TODAY.minusDays(10).toString());
        type("approval:validFrom_input", TODAY.minusDays(10).toString());
        type("approval:validUntil_input", TODAY.minusDays(11).toString());
        check("approval:sampleTypes", "SERUM —");
        check("approval:consentItems", "BLOOD —");
        check("approval:dataItems", "Age at collection");
        check("approval:dataItems", "Questionnaire scores");
        guardAjax(() -> click("approval:record"));
        List<String> messages = fieldMessages("approval");
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(text("approval:validUntilMessage").contains("on or after"), text("approval:validUntilMessage"));

        typeOver("approval:validUntil_input", TODAY.plusDays(30).toString());
        guardAjax(() -> click("approval:record"));
        assertEquals(List.of(), fieldMessages("approval"));
        assertTrue(text("messages").contains("Version 1"), text("messages"));
        String versions = text("versions:approvals");
        assertTrue(versions.contains("SERUM") && versions.contains("BLOOD") && versions.contains("Age at collection")
                && versions.contains(TODAY.plusDays(30).toString()) && versions.contains("valid today"), versions);
        assertEquals("Active", text("status"));
    }

    private static void assertExpiringSoon(String code) {
        open("/ethics/expiring.xhtml");
        String expiring = text("list:expiring");
        assertTrue(expiring.contains(code) && expiring.contains(TODAY.plusDays(30).toString()), expiring);
        open("/index.xhtml");
        String count = browser.findElement(By.cssSelector("[id$=':expiringCount']")).getText();
        assertTrue(count.matches("(One approval ends|\\d+ approvals end) within 60 days"), count);
    }

    /** The researcher files and submits over REST, as an outside tool or the researcher's page would. */
    private static long submittedRequest(Login pi, String code) {
        Api researcher = Api.as(pi);
        Api.Response filed = researcher.post("/api/requests", Json.createObjectBuilder()
                .add("study", code).add("title", "Serum for " + code).add("purpose", "Validate relapse markers")
                .add("sampleType", "SERUM").add("minQuantity", 0.5).add("participants", 10).build());
        assertEquals(201, filed.status(), filed::toString);
        long id = filed.object().getJsonNumber("id").longValue();
        Api.Response submitted = researcher.post("/api/requests/" + id + "/submit");
        assertEquals(200, submitted.status(), submitted::toString);
        return id;
    }

    private static void reviewAndApprove(long id) {
        open("/ethics/review-queue.xhtml");
        assertTrue(text("list:queue").contains("Serum for "), text("list:queue"));
        guardHttp(() -> browser.findElement(By.linkText(String.valueOf(id))).click());
        assertEquals("Submitted", text("status"));
        assertTrue(text("approval").contains("METc UMCG"), "the study's approval beside the request");
        assertEquals("within the approval's scope", text("sampleTypeScope"));

        guardAjax(() -> click("decision:reject"));
        assertTrue(text("decision:noteMessage").contains("Say why"), text("decision:noteMessage"));
        assertEquals("Submitted", text("status"), "a rejection without a reason changes nothing");

        guardAjax(() -> click("decision:startReview"));
        assertEquals("Under review", text("status"));

        type("decision:note", "Only for the biomarker validation; report usage within 12 months");
        guardAjax(() -> click("decision:approve"));
        assertEquals("Approved", text("status"));
        String timeline = text("timeline:steps");
        assertTrue(timeline.contains("Submitted") && timeline.contains("Under review") && timeline.contains("Approved")
                && timeline.contains("report usage within 12 months"), timeline);

        guardHttp(() -> click("session:lang-nl"));
        assertEquals("Goedgekeurd", text("status"), "statuses are translated, never the enum's name");
    }

    /** Replaces what a field holds, as a user selecting all and typing does (a date picker ignores clear()). */
    private static void typeOver(String id, String value) {
        WebElement input = element(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        waitUntil(driver -> value.equals(input.getAttribute("value")));
    }

    /** Ticks the option of a PrimeFaces selectManyCheckbox whose label starts with the text. */
    private static void check(String id, String label) {
        browser.findElement(By.xpath("//*[@id='" + id + "']//label[starts-with(normalize-space(.), '" + label + "')]"))
                .click();
    }
}
