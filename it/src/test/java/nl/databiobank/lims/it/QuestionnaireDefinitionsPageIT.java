package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.QuestionnaireDefinitionsIT.definition;
import static nl.databiobank.lims.it.QuestionnaireDefinitionsIT.item;
import static nl.databiobank.lims.it.QuestionnaireDefinitionsIT.items;
import static nl.databiobank.lims.it.QuestionnaireDefinitionsIT.newCode;
import static nl.databiobank.lims.it.QuestionnaireDefinitionsIT.recordResponseByHand;
import static nl.databiobank.lims.it.support.Pages.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The administrator's questionnaire definitions page: load a file, look at a definition, edit it as JSON. */
class QuestionnaireDefinitionsPageIT extends BrowserTest {

    @Test
    void anAdministratorLoadsAFileAndLooksAtTheDefinition() throws IOException {
        String code = newCode();
        Path file = Files.createTempFile("definition", ".json");
        Files.writeString(file, definition(code, "1.0").build().toString());
        logIn(DemoLogins.admin());
        assertTrue(text("menu").contains("Questionnaires"), text("menu"));
        open("/admin/questionnaires.xhtml");
        assertTrue(text("list:definitions").contains("QLQ-C30"), text("list:definitions"));

        browser.findElement(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        guardHttp(() -> click("upload:load"));

        assertTrue(text("messages").contains("Questionnaire " + code + " version 1.0 was added"), text("messages"));
        List<String> cells = row(code).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of(code, "1.0", "Test questionnaire", "5", "3", "no"), cells.subList(0, 6));
        assertTrue(text("shown").contains("Q5 — test item"), "the loaded definition is shown: " + text("shown"));
        assertTrue(text("shown").contains("nl: Testformulering 5"), text("shown"));
        assertTrue(text("shown").contains("inverted (100 − score)"), text("shown"));
    }

    @Test
    void aFileThatIsNoDefinitionIsRefusedWithWhatIsWrong() throws IOException {
        Path file = Files.createTempFile("definition", ".json");
        Files.writeString(file, "{\"code\": \"TEST-X\",\n \"items\": [1, 2,,]}");
        logIn(DemoLogins.admin());
        open("/admin/questionnaires.xhtml");

        browser.findElement(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        guardHttp(() -> click("upload:load"));

        assertTrue(text("messages").contains("The definition was not saved"), text("messages"));
        assertTrue(text("problems").contains("json — Not valid JSON (line 2"), text("problems"));
    }

    @Test
    void theEditorNamesBadFieldsAndAskForANewVersionWhenInUse() throws SQLException {
        String code = newCode();
        Api.as(DemoLogins.admin()).post("/api/questionnaires", definition(code, "1.0").build());
        logIn(DemoLogins.admin());
        open("/admin/questionnaires.xhtml");

        edit(code);
        assertTrue(element("editor:json").getAttribute("value").contains("\"code\": \"" + code + "\""));
        JsonObject broken = definition(code, "1.0").add("items", items(item(1, 1, 4), item(2, 1, 4), item(3, 1, 4),
                item(4, 4, 1), item(5, 0, 10))).build();
        save(broken);
        assertTrue(text("editor:editorProblems").contains(
                "items[3].max — The highest answer (1) must be above the lowest (4)."), text("editor"));

        recordResponseByHand(code, "1.0");
        open("/admin/questionnaires.xhtml");
        assertTrue(row(code).getText().contains("yes, 1 response"), row(code).getText());
        edit(code);
        assertTrue(text("editor").contains("This version is in use"), text("editor"));
        JsonObject retitled = definition(code, "1.0").add("title", "Test questionnaire, retitled").build();
        save(retitled);
        List<String> errors = browser.findElements(By.cssSelector(".ui-messages-error")).stream()
                .map(WebElement::getText).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("give your change a new version"), errors::toString);

        save(Json.createObjectBuilder(retitled).add("version", "2.0").build());
        assertTrue(text("messages").contains("Questionnaire " + code + " version 2.0 was added"), text("messages"));
        assertFalse(exists("editor:json"), "the editor closes after a save");
        assertTrue(row(code, "2.0").getText().contains("Test questionnaire, retitled"), row(code, "2.0").getText());
    }

    @Test
    void onlyAnAdministratorSeesThePageAndItsMenuEntry() {
        logIn(Users.create("qdefs", "RESEARCH_NURSE"));
        assertFalse(text("menu").contains("Questionnaires"), text("menu"));
        open("/admin/questionnaires.xhtml");
        assertTrue(browser.getPageSource().contains("Not allowed"), browser::getPageSource);
        assertFalse(exists("list:definitions"));
    }

    private static void edit(String code) {
        guardAjax(() -> row(code).findElement(By.cssSelector("button[id$=':edit']")).click());
    }

    private static void save(JsonObject definition) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('editor:json').value = arguments[0];",
                definition.toString());
        guardAjax(() -> click("editor:save"));
    }

    private static WebElement row(String code) {
        return row(code, "1.0");
    }

    private static WebElement row(String code, String version) {
        return browser.findElement(By.xpath("//tbody[@id='list:definitions_data']/tr[td[1][normalize-space()='" + code
                + "'] and td[2][normalize-space()='" + version + "']]"));
    }
}
