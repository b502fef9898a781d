package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.fieldMessages;
import static nl.databiobank.lims.it.support.Pages.logIn;
import static nl.databiobank.lims.it.support.Pages.selectOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Samples;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrator defines a cohort's questionnaire schedule on a page; a bad row is named beside its input. */
class QuestionnaireSchedulesPageIT extends BrowserTest {

    @Test
    void anAdministratorDefinesACohortsScheduleCountingFromTheTreatmentStart() {
        logIn(DemoLogins.admin());
        open("/admin/questionnaire-schedules.xhtml");
        assertTrue(text("list:schedules").contains("Standard QLQ-C30 follow-up"), text("list:schedules"));
        String cohort = Users.uniqueName("Cohort ");

        type("schedule:cohort", cohort);
        type("schedule:name", "Immunotherapy follow-up");
        selectOne("schedule:anchor", "TREATMENT_START");
        type("schedule:points:0:code", "3m");
        type("schedule:points:0:label", "Three months");
        type("schedule:points:0:offsetMonths", "3");
        type("schedule:points:0:windowBeforeDays", "14");
        type("schedule:points:0:windowAfterDays", "400");
        guardAjax(() -> click("schedule:save"));
        List<String> messages = fieldMessages("schedule");
        assertEquals(2, messages.size(), messages::toString);
        String firstRow = browser.findElement(By.xpath("//input[@id='schedule:points:0:code']/ancestor::tr[1]")).getText();
        assertTrue(firstRow.contains("capital letter") && firstRow.contains("between 0 and 366"),
                "both refusals beside their inputs in the row: " + firstRow);

        type("schedule:points:0:code", "M3");
        type("schedule:points:0:windowAfterDays", "14");
        guardAjax(() -> click("schedule:addPoint"));
        type("schedule:points:1:code", "M12");
        type("schedule:points:1:label", "Twelve months");
        type("schedule:points:1:offsetMonths", "12");
        type("schedule:points:1:windowBeforeDays", "28");
        type("schedule:points:1:windowAfterDays", "28");
        guardAjax(() -> click("schedule:save"));

        assertTrue(text("schedule:messages").contains("Immunotherapy follow-up"), text("schedule:messages"));
        assertTrue(text("list:schedules").contains(cohort), text("list:schedules"));
        JsonObject saved = Samples.admin().get("/api/questionnaire-schedules").array().getValuesAs(JsonObject.class)
                .stream().filter(s -> cohort.equals(s.getString("cohort", null))).findFirst().orElseThrow();
        assertEquals("TREATMENT_START", saved.getString("anchor"));
        assertEquals(2, saved.getJsonArray("points").size());
    }
}
