package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The questionnaire import page: a file with a bad answer is refused with its row and cell on the page. */
class QuestionnaireImportPageIT extends BrowserTest {

    @Test
    void aBadFileShowsItsRowAndCellAndAGoodOneItsCount() throws IOException {
        String pseudonym = QuestionnaireImportIT.participant(QuestionnaireImportIT.TODAY.minusDays(30),
                QuestionnaireImportIT.TODAY.minusDays(20));
        Map<Integer, Integer> outOfRange = QuestionnaireImportIT.complete();
        outOfRange.put(29, 8);
        Path bad = Files.createTempFile("questionnaires", ".xlsx");
        Files.write(bad, QuestionnaireImportIT.sheet(
                QuestionnaireImportIT.row(pseudonym, "T0", QuestionnaireImportIT.TODAY, outOfRange)));
        login();
        open("/participants/questionnaire-import.xhtml");

        browser.findElement(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(bad.toAbsolutePath().toString());
        guardHttp(() -> click("upload:import"));

        String report = text("upload:errors");
        assertTrue(report.contains("q29") && report.contains("2"), report);
        assertTrue(text("messages").contains("Nothing was imported"), text("messages"));

        Path good = Files.createTempFile("questionnaires", ".xlsx");
        Files.write(good, QuestionnaireImportIT.sheet(
                QuestionnaireImportIT.row(pseudonym, "T0", QuestionnaireImportIT.TODAY, QuestionnaireImportIT.complete())));
        browser.findElement(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(good.toAbsolutePath().toString());
        guardHttp(() -> click("upload:import"));

        assertTrue(text("messages").contains("1 questionnaires imported"), text("messages"));
    }

    @Test
    void theMenuLeadsNursesToTheImportPage() {
        login();
        open("/index.xhtml");
        guardHttp(() -> browser.findElement(By.linkText("Import questionnaires")).click());
        assertTrue(currentPath().endsWith("/participants/questionnaire-import.xhtml"), currentPath());
    }

    private static void login() {
        Login nurse = DemoLogins.of("nurse");
        open("/login.xhtml");
        type("login:username", nurse.username());
        type("login:password", nurse.password());
        guardHttp(() -> click("login:submit"));
    }
}
