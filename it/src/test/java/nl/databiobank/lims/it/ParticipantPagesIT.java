package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.fieldMessages;
import static nl.databiobank.lims.it.support.Pages.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Participants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The research nurse's day in the browser: enrol, look up the identity, record consent, withdraw. */
class ParticipantPagesIT extends BrowserTest {

    @Test
    void enrolRecordConsentAndWithdraw() throws IOException {
        logIn(DemoLogins.of("nurse"));
        open("/participants/enrol.xhtml");
        guardHttp(() -> click("enrol:save"));
        assertTrue(fieldMessages("enrol").stream().filter("Required."::equals).count() >= 8, fieldMessages("enrol")::toString);

        String mrn = Participants.newMrn();
        type("enrol:mrn", mrn);
        type("enrol:name", "Grietje Browser");
        type("enrol:birthDate_input", "1949-03-12");
        selectOne("enrol:sex", "FEMALE", "Female");
        selectOne("enrol:hospital", "MZH", "Martini Ziekenhuis");
        type("enrol:diagnosisCode", "C50.4");
        type("enrol:diagnosisDate_input", "2026-07-15");
        type("enrol:treatingPhysician", "Dr. K. Mulder");
        type("enrol:cohort", "Breast");
        guardHttp(() -> click("enrol:save"));
        String pseudonym = URI.create(browser.getCurrentUrl()).getQuery().replaceAll(".*p=([^&]+).*", "$1");
        assertTrue(pseudonym.matches("P\\d{6}[0-9A-Z*]"), browser::getCurrentUrl);
        assertTrue(text("messages").contains("Participant " + pseudonym + " enrolled."), text("messages"));

        guardAjax(() -> click("identity:show"));
        assertTrue(fieldMessages("identity").contains("Give the reason for looking up this identity; it is written to the access log."),
                fieldMessages("identity")::toString);
        type("identity:reason", "checking the enrolment form");
        guardAjax(() -> click("identity:show"));
        assertEquals(mrn, text("mrn"));
        assertEquals("Grietje Browser", text("name"));

        guardHttp(() -> click("recordConsent"));
        type("consent:signedOn_input", "2026-11-02");
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='consent:items_data'] > tr"));
        assertEquals(Participants.ITEMS.length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            boolean no = rows.get(i).getText().startsWith("GENETIC_RESEARCH");
            browser.findElement(By.cssSelector("label[for='consent:items:" + i + ":answer:" + (no ? 1 : 0) + "']")).click();
        }
        Path pdf = Files.createTempFile("signed", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toAbsolutePath().toString());
        guardHttp(() -> click("consent:save"));
        assertTrue(text("messages").contains("Consent of " + pseudonym + " recorded."), text("messages"));
        String current = text("currentConsent");
        assertTrue(current.contains("GENETIC_RESEARCH") && current.contains("No"), current);
        assertTrue(Participants.covers(pseudonym, "TISSUE", "2026-11-02"));

        guardHttp(() -> click("withdraw"));
        selectOne("withdrawal:scope", "NO_FURTHER_USE", "No further use");
        type("withdrawal:reason", "does not want to take part any more");
        guardAjax(() -> click("withdrawal:preview"));
        assertTrue(text("impactList").contains("The participation ends"), text("impactList"));
        guardHttp(() -> click("withdrawal:confirm"));
        assertTrue(text("status").startsWith("Withdrawn"), text("status"));
        assertFalse(Participants.covers(pseudonym, "TISSUE", java.time.LocalDate.now().toString()));
    }

    @Test
    void aLabTechnicianCannotOpenTheNursePages() {
        logIn(DemoLogins.of("technician"));
        assertFalse(text("menu").contains("Participants"), text("menu"));
        open("/participants/search.xhtml");
        assertTrue(browser.getPageSource().contains("Not allowed"));
    }


    /**
     * Chooses an option of a PrimeFaces selectOneMenu through its widget, as its own keyboard and
     * mouse handlers do; clicking into the sliding panel proved unreliable under Selenium.
     */
    private static void selectOne(String id, String value, String label) {
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                id, value);
        waitUntil(driver -> label.equals(driver.findElement(By.id(id + "_label")).getText().trim()));
    }
}
