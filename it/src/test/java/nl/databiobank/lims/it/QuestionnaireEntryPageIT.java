package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.fieldMessages;
import static nl.databiobank.lims.it.support.Pages.logIn;
import static nl.databiobank.lims.it.support.Pages.selectOneWithAjax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Participants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The nurse's questionnaire pages: the due list and its filters, the entry grid typed with the keyboard
 * only (keys sent to whatever has the focus, as a nurse's fingers are), the correction that needs a
 * reason, and the participant's timeline with its chart. Every test enrols its own participant, in a
 * cohort of its own, diagnosed three months ago: the 3-month time point is due today.
 */
class QuestionnaireEntryPageIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now();
    private final Api nurse = Participants.nurse();

    @Test
    void aDueTimePointIsTypedWithTheKeyboardOnlyAndCorrectedWithAReason() {
        String cohort = "Entry " + UUID.randomUUID().toString().substring(0, 8);
        String pseudonym = participant(cohort);
        logIn(DemoLogins.of("nurse"));

        // The due list, narrowed to the test's cohort: one participant, due; not at another hospital.
        open("/participants/due.xhtml");
        selectOneWithAjax("due:cohort", cohort);
        assertEquals(List.of(pseudonym + " MCL " + cohort + " M3 3 months"), dueRows().stream()
                .map(row -> row.substring(0, row.indexOf(" months") + " months".length())).toList());
        assertTrue(dueRows().get(0).contains("Due"), dueRows()::toString);
        assertEquals("1", text("totalDue"));
        assertEquals("0", text("totalOverdue"));
        selectOneWithAjax("due:hospital", "UMCG");
        assertEquals(List.of("Nobody is due this week."), dueRows());
        selectOneWithAjax("due:hospital", "MCL");
        assertEquals(1, dueRows().size());

        // From the list to the grid, whose first item has the focus.
        guardHttp(() -> browser.findElement(By.cssSelector("a[href*='p=" + pseudonym + "'][href*='point=M3']")).click());
        assertEquals("/participants/questionnaire.xhtml", currentPath());
        assertEquals("Due", text("status"));
        assertEquals("entry:items:0:answer", focused().getAttribute("id"));

        // One key per item, the focus moving on by itself.
        keys("2323");
        assertEquals("entry:items:4:answer", focused().getAttribute("id"));
        // 8 does not answer an item of 1 to 4, nor does a letter: refused at once, the focus stays.
        keys("8x");
        assertEquals("entry:items:4:answer", focused().getAttribute("id"));
        assertEquals("", answer(5));
        assertEquals("Item 5 takes an answer from 1 to 4.", text("qn-hint"));
        // Backspace on an empty item goes back and empties the one before.
        keys(Keys.BACK_SPACE);
        assertEquals("entry:items:3:answer", focused().getAttribute("id"));
        assertEquals("", answer(4));
        keys("3");
        // Items 5 to 28 answered 1, and 29 and 30 (answered 1 to 7) take one key too.
        keys("1".repeat(24) + "56");
        assertEquals("entry:save", focused().getAttribute("id"), "after the last item, the save button");
        assertEquals("2", answer(1));
        assertEquals("3", answer(4));
        assertEquals("6", answer(30));

        guardHttp(() -> keys(Keys.ENTER));
        assertTrue(text("messages").contains("Questionnaire M3 of " + pseudonym + " saved."), text("messages"));
        assertTrue(text("enteredBy").startsWith("Entered by nurse at "), text("enteredBy"));
        // PF2: mean 2.2 of items 1-5 -> (1 - 1.2/3) x 100; QL2: mean 5.5 -> 4.5/6 x 100; SUM: (60 + 12 x 100)/13
        assertEquals("60.00", score("PF2"));
        assertEquals("75.00", score("QL2"));
        assertEquals("0.00", score("FA"));
        assertEquals("96.92", score("SUM"));
        JsonObject stored = timePoint(pseudonym, "M3");
        assertEquals("COMPLETED", stored.getString("status"));
        JsonObject answers = stored.getJsonObject("response").getJsonObject("answers");
        assertEquals(30, answers.size());
        assertEquals(List.of(2, 3, 2, 3, 1), List.of(answers.getInt("1"), answers.getInt("2"), answers.getInt("3"),
                answers.getInt("4"), answers.getInt("5")));

        // The page is now the correction: the answers are there, and saving needs a reason.
        assertEquals("Save correction", element("entry:save").getText().trim());
        assertEquals("5", answer(29));
        click("entry:items:28:answer");
        keys("7");
        assertEquals("entry:items:29:answer", focused().getAttribute("id"));
        guardAjax(() -> keys(Keys.chord(Keys.CONTROL, Keys.ENTER)));
        assertEquals(List.of("Required."), fieldMessages("entry"));
        assertEquals("entry:reason", focused().getAttribute("id"), "the refused field has the focus");
        keys("Q29 misread from the paper form");

        // The server stays the judge: an answer the keys could never give is refused beside its item.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('entry:items:29:answer').value = '9';");
        guardAjax(() -> keys(Keys.ENTER));
        assertEquals(List.of("Item 30: the answer 9 lies outside its range of 1 to 7."), fieldMessages("entry"));
        assertEquals("entry:items:29:answer", focused().getAttribute("id"));
        assertEquals(5, timePoint(pseudonym, "M3").getJsonObject("response").getJsonObject("answers").getInt("29"),
                "nothing saved");

        keys("6");
        assertEquals("entry:reason", focused().getAttribute("id"), "after the last item of a correction, the reason");
        guardHttp(() -> keys(Keys.ENTER));
        assertTrue(text("messages").contains("Questionnaire M3 of " + pseudonym + " corrected."), text("messages"));
        assertTrue(text("enteredBy").contains("Last corrected by nurse at "), text("enteredBy"));
        // QL2: mean 6.5 -> 5.5/6 x 100
        assertEquals("91.67", score("QL2"));
        assertEquals(7, timePoint(pseudonym, "M3").getJsonObject("response").getJsonObject("answers").getInt("29"));
    }

    @Test
    void theTimelineShowsTranslatedStatusesAndAChartOfTheChosenScales() {
        String pseudonym = participant("Timeline " + UUID.randomUUID().toString().substring(0, 8));
        LocalDate diagnosed = TODAY.minusMonths(3);
        record(pseudonym, "T0", diagnosed.plusDays(2), 1, 1);
        record(pseudonym, "M3", TODAY, 2, 5);
        logIn(DemoLogins.of("nurse"));

        open("/participants/view.xhtml?p=" + pseudonym);
        guardHttp(() -> click("questionnaires"));
        assertEquals("/participants/questionnaires.xhtml", currentPath());
        List<String> rows = rows("timePoints");
        assertTrue(rows.get(0).startsWith("T0") && rows.get(0).contains("Completed"), rows::toString);
        assertTrue(rows.get(1).startsWith("M3") && rows.get(1).contains("Completed") && rows.get(1).contains("Correct"),
                rows::toString);
        assertTrue(rows.get(2).startsWith("M6") && rows.get(2).contains("Planned"), rows::toString);

        // QL2, PF2, FA and the summary score over the two completed time points.
        assertEquals(List.of("QL2", "PF2", "FA", "SUM"), chartLines());
        assertEquals(2L, chart("return chart.data.labels.length;"));
        assertEquals(0.0, ((Number) chart("return chart.data.datasets[0].data[0];")).doubleValue(), 0.001,
                "QL2 of T0: both items answered 1");
        guardAjax(() -> browser.findElement(By.cssSelector("label[for='" + checkbox("FA") + "']")).click());
        assertEquals(List.of("QL2", "PF2", "SUM"), chartLines());

        // In Dutch the statuses are Dutch.
        guardHttp(() -> click("session:lang-nl"));
        rows = rows("timePoints");
        assertTrue(rows.get(0).contains("Ingevuld") && rows.get(2).contains("Gepland"), rows::toString);
        guardHttp(() -> click("session:lang-en"));
    }

    @Test
    void theTreatmentStartIsRecordedOnceAndChangedOnlyWithAReason() {
        String pseudonym = participant("Treatment " + UUID.randomUUID().toString().substring(0, 8));
        logIn(DemoLogins.of("nurse"));
        open("/participants/view.xhtml?p=" + pseudonym);
        assertEquals("not recorded", text("treatmentStart:current"));

        openTreatmentStart();
        typeDate("treatmentStart:date_input", TODAY.minusMonths(2));
        guardHttp(() -> click("treatmentStart:save"));
        assertEquals(TODAY.minusMonths(2).toString(), text("treatmentStart:current"));
        assertTrue(text("messages").contains("Treatment start of " + pseudonym + " recorded"), text("messages"));

        openTreatmentStart();
        typeDate("treatmentStart:date_input", TODAY.minusMonths(1));
        guardAjax(() -> click("treatmentStart:save"));
        assertEquals(List.of("Required."), fieldMessages("treatmentStart"));
        type("treatmentStart:reason", "the first cycle was postponed");
        guardHttp(() -> click("treatmentStart:save"));
        assertEquals(TODAY.minusMonths(1).toString(), text("treatmentStart:current"));
    }

    private static void openTreatmentStart() {
        browser.findElement(By.cssSelector("[id='treatmentStart'] .ui-fieldset-legend")).click();
        // the fieldset slides open: its button takes clicks once the slide is over
        waitUntil(driver -> element("treatmentStart:save").isDisplayed() && Boolean.TRUE.equals(
                ((JavascriptExecutor) browser).executeScript("return jQuery(':animated').length === 0;")));
    }

    /** Over the date shown: Selenium's clear() lets the date picker put its old text back. */
    private static void typeDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = '';", id);
        element(id).sendKeys(date.toString());
    }

    // ---- the participant, through the API ----

    /** Enrolled at MCL, diagnosed three months ago (M3 is due today), consenting to everything soon after. */
    private String participant(String cohort) {
        LocalDate diagnosed = TODAY.minusMonths(3);
        JsonObject enrolment = Json.createObjectBuilder(Participants.enrolment(Participants.newMrn()))
                .add("diagnosisDate", diagnosed.toString()).add("cohort", cohort).build();
        Api.Response enrolled = nurse.post("/api/participants", enrolment);
        assertEquals(201, enrolled.status(), enrolled::toString);
        String pseudonym = enrolled.object().getString("pseudonym");
        Api.Response consent = nurse.post("/api/participants/" + pseudonym + "/consents",
                Participants.consent(diagnosed.plusDays(1).toString(), Map.of()));
        assertEquals(201, consent.status(), consent::toString);
        return pseudonym;
    }

    /** A response with items 1-28 answered {@code items} and 29-30 answered {@code global}. */
    private void record(String pseudonym, String point, LocalDate completedOn, int items, int global) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (int item = 1; item <= 30; item++) {
            answers.add(String.valueOf(item), item <= 28 ? items : global);
        }
        Api.Response saved = nurse.post("/api/participants/" + pseudonym + "/questionnaires/" + point,
                Json.createObjectBuilder().add("completedOn", completedOn.toString()).add("answers", answers).build());
        assertEquals(201, saved.status(), saved::toString);
    }

    private JsonObject timePoint(String pseudonym, String point) {
        Api.Response schedule = nurse.get("/api/participants/" + pseudonym + "/questionnaires");
        assertEquals(200, schedule.status(), schedule::toString);
        return schedule.object().getJsonArray("timePoints").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(point)).findFirst().orElseThrow();
    }

    // ---- the pages ----

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** Keys as typed: to whatever has the focus, which the page moves on. */
    private static void keys(CharSequence... keys) {
        focused().sendKeys(keys);
    }

    private static String answer(int item) {
        return element("entry:items:" + (item - 1) + ":answer").getAttribute("value");
    }

    private static String score(String scale) {
        return browser.findElement(By.cssSelector("#scores li[data-scale='" + scale + "'] .qn-score-value")).getText().trim();
    }

    private static List<String> dueRows() {
        return rows("due:entries");
    }

    private static List<String> rows(String table) {
        return browser.findElements(By.cssSelector("[id='" + table + "_data'] > tr")).stream()
                .map(row -> row.getText().replaceAll("\\s+", " ").trim()).toList();
    }

    private static Object chart(String script) {
        return ((JavascriptExecutor) browser).executeScript(
                "var chart = PrimeFaces.getWidgetById('timeline:chart').chart; " + script);
    }

    @SuppressWarnings("unchecked")
    private static List<String> chartLines() {
        return ((List<Object>) chart("return chart.data.datasets.map(function (d) { return d.label.split(' ')[0]; });"))
                .stream().map(String::valueOf).toList();
    }

    /** The id of the scale's checkbox, whose label takes the click. */
    private static String checkbox(String scale) {
        return browser.findElement(By.cssSelector("[id='timeline:scales'] input[type=checkbox][value='" + scale + "']"))
                .getAttribute("id");
    }
}
