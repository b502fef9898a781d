package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.Participants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The import page: a good workbook is imported, a file that is not one is refused with a message. */
class ConsentImportPageIT extends BrowserTest {

    @Test
    void aGoodWorkbookIsImportedOnThePage() throws IOException {
        String pseudonym = Participants.enrol();
        Path xlsx = Files.createTempFile("consents", ".xlsx");
        Files.write(xlsx, ConsentImportIT.sheet(ConsentImportIT.consentRow(pseudonym, "2026-09-03", "yes")));
        openImportPage();

        browser.findElement(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(xlsx.toAbsolutePath().toString());
        guardHttp(() -> click("upload:import"));

        assertTrue(text("messages").contains("1 consents imported."), text("messages"));
        assertTrue(Participants.covers(pseudonym, "TISSUE", "2026-09-03"));
    }

    @Test
    void aBadFileIsRefusedOnThePage() throws IOException {
        openImportPage();
        Path csv = Files.createTempFile("consents", ".xlsx");
        Files.writeString(csv, "pseudonym;form;version\nP0000011;BIOBANK;1\n");
        browser.findElement(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        guardHttp(() -> click("upload:import"));

        List<String> messages = browser.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).stream()
                .map(WebElement::getText).toList();
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains(".xlsx"), messages::toString);
    }

    private static void openImportPage() {
        Login nurse = DemoLogins.of("nurse");
        open("/login.xhtml");
        type("login:username", nurse.username());
        type("login:password", nurse.password());
        guardHttp(() -> click("login:submit"));
        open("/participants/search.xhtml");
        guardHttp(() -> click("importLink"));
    }
}
