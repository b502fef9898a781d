package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.databiobank.lims.barcode.symbol.BarcodeEncoder;
import nl.databiobank.lims.barcode.symbol.PngRenderer;
import nl.databiobank.lims.barcode.symbol.RenderSettings;
import nl.databiobank.lims.barcode.symbol.Symbology;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Pages;
import nl.databiobank.lims.it.support.Participants;
import nl.databiobank.lims.it.support.Samples;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The technician's sample pages in the browser: registering a collection, a refusal beside its row,
 * aliquoting, the destruction list worked by scanning, and barcodes read from a photo.
 */
class SamplePagesIT extends BrowserTest {

    @Test
    void aCollectionRegisteredInTheBrowserAnswersBarcodesTheApiKnows() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        Pages.logIn(DemoLogins.of("technician"));
        open("/lab/collect.xhtml");

        fillCollection(pseudonym);
        chooseType(0, "SERUM");
        assertEquals("mL", text("collect:samples:0:unit"), "the unit follows the type");
        assertEquals("Cryovial 1.0 mL", element("collect:samples:0:container").getAttribute("value"),
                "the container defaults to the type's");
        type("collect:samples:0:quantity", "4,5");
        guardAjax(() -> click("collect:addRow"));
        chooseType(1, "PLASMA_EDTA");
        type("collect:samples:1:quantity", "3");
        guardAjax(() -> click("collect:register"));

        assertTrue(text("messages").contains("Collection registered: 2 sample(s) of " + pseudonym), text("messages"));
        List<String> barcodes = browser.findElements(By.cssSelector("[id='tubes_data'] a.samples-barcode")).stream()
                .map(WebElement::getText).map(String::trim).toList();
        assertEquals(2, barcodes.size(), barcodes::toString);
        JsonObject serum = Samples.sample(barcodes.get(0));
        assertEquals("SERUM", serum.getString("type"));
        assertEquals(pseudonym, serum.getString("participant"));
        assertEquals(0, new BigDecimal("4.5").compareTo(serum.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("AVAILABLE", serum.getString("status"), "received in the lab at once");
        assertEquals("PLASMA_EDTA", Samples.sample(barcodes.get(1)).getString("type"));
        assertTrue(element("collect:pseudonym").getAttribute("value").isEmpty(), "ready for the next participant");

        guardHttp(() -> browser.findElement(By.linkText(barcodes.get(0))).click());
        assertEquals("/lab/sample.xhtml", currentPath());
        assertTrue(text("type").contains("SERUM"), text("type"));
        assertEquals(pseudonym, text("participant"));
    }

    @Test
    void aCollectionWithoutConsentForTissueIsRefusedBesideItsRowAndSavesNothing() {
        String pseudonym = Samples.consentedParticipant(Map.of("TISSUE", false));
        Pages.logIn(DemoLogins.of("technician"));
        open("/lab/collect.xhtml");

        fillCollection(pseudonym);
        chooseType(0, "SERUM");
        type("collect:samples:0:quantity", "5");
        guardAjax(() -> click("collect:addRow"));
        chooseType(1, "TISSUE_FF");
        type("collect:samples:1:quantity", "30");
        guardAjax(() -> click("collect:register"));

        assertEquals(List.of(), rowMessages(0), "nothing wrong with the serum");
        List<String> tissue = rowMessages(1);
        assertEquals(1, tissue.size(), tissue::toString);
        assertTrue(tissue.get(0).contains("does not cover TISSUE"), tissue.get(0));
        assertTrue(exists("collect:samples:1:type"), "the refused row stays on the form");
        Api.Response found = Samples.technician().get(Api.query("/api/samples", "participant", pseudonym));
        assertEquals(200, found.status(), found::toString);
        assertEquals(0, found.object().getInt("total"), "nothing was saved");
    }

    @Test
    void aliquotingOnTheSamplePageTakesFromTheParent() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        String parent = Samples.collect(pseudonym, "SERUM:5").get(0);
        Pages.logIn(DemoLogins.of("technician"));
        open("/lab/sample.xhtml?barcode=" + parent);
        assertEquals("5 mL", text("quantity"));

        type("aliquot:count", "3");
        type("aliquot:quantity", "1.5");
        guardHttp(() -> click("aliquot:split"));

        assertTrue(text("messages").contains("3 aliquot(s) made"), text("messages"));
        assertEquals("0.5 mL", text("quantity"));
        assertEquals(0, new BigDecimal("0.5").compareTo(
                Samples.sample(parent).getJsonNumber("quantity").bigDecimalValue()), "the API agrees");
        List<String> lineage = browser.findElements(By.cssSelector("[id='lineage'] a.samples-barcode")).stream()
                .map(WebElement::getText).toList();
        assertEquals(3, lineage.size(), lineage::toString);
        assertEquals(parent, Samples.sample(lineage.get(0)).getString("parent"));
        assertTrue(text("timeline").contains("Aliquoted"), text("timeline"));

        type("aliquot:count", "2");
        type("aliquot:quantity", "1");
        guardHttp(() -> click("aliquot:split"));
        String refused = browser.findElement(By.cssSelector("[id='aliquot'] .ui-message-error")).getText();
        assertTrue(refused.contains("not enough"), refused);
        assertEquals("0.5 mL", text("quantity"), "a refused split takes nothing");
    }

    @Test
    void scanningAListedTubeDestroysItAndATubeWithoutATaskIsRefused() {
        String pseudonym = Samples.consentedParticipant(Map.of());
        List<String> tubes = Samples.collect(pseudonym, "SERUM:1", "SERUM:1");
        String spare = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1").get(0);
        Api.Response withdrawn = Participants.nurse().post("/api/participants/" + pseudonym + "/withdrawals",
                Json.createObjectBuilder().add("withdrawnOn", LocalDate.now().toString())
                        .add("scope", "DESTROY_MATERIAL").add("reason", "browser test").build());
        assertEquals(201, withdrawn.status(), withdrawn::toString);
        Pages.logIn(DemoLogins.of("technician"));
        open("/lab/destruction.xhtml");
        assertTrue(text("tasks").contains(tubes.get(0)) && text("tasks").contains(pseudonym), text("tasks"));
        waitUntil(driver -> "destroy:scan".equals(driver.switchTo().activeElement().getAttribute("id")));

        guardAjax(() -> browser.switchTo().activeElement().sendKeys(tubes.get(0) + Keys.ENTER));

        assertTrue(text("outcome").contains(tubes.get(0) + " destroyed"), text("outcome"));
        assertEquals("DESTROYED", Samples.sample(tubes.get(0)).getString("status"));
        assertFalse(text("tasks").contains(tubes.get(0)), "its task is done");
        assertEquals("destroy:scan", browser.switchTo().activeElement().getAttribute("id"), "ready for the next scan");

        guardAjax(() -> browser.switchTo().activeElement().sendKeys(spare + Keys.ENTER));

        assertTrue(text("outcome").contains(spare + " has no open destruction task"), text("outcome"));
        assertTrue(exists("outcome") && !browser.findElements(By.cssSelector(".samples-loud .ui-messages-error")).isEmpty(),
                "refused loudly");
        assertEquals("AVAILABLE", Samples.sample(spare).getString("status"));
    }

    @Test
    void aPhotoShowsItsBarcodesLinkedToOurSamples() throws IOException {
        String tube = Samples.collect(Samples.consentedParticipant(Map.of()), "SERUM:1").get(0);
        BufferedImage photo = new BufferedImage(900, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 400);
        RenderSettings settings = RenderSettings.of(300, 0.4).withHumanReadable(false);
        g.drawImage(PngRenderer.toImage(BarcodeEncoder.encode(Symbology.DATA_MATRIX, tube), settings), 60, 60, null);
        g.drawImage(PngRenderer.toImage(BarcodeEncoder.encode(Symbology.QR, "not a tube"), settings), 500, 60, null);
        g.dispose();
        Path file = Files.createTempFile("tubes", ".png");
        ImageIO.write(photo, "png", file.toFile());

        Pages.logIn(DemoLogins.of("technician"));
        open("/lab/photo.xhtml");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        guardHttp(() -> click("photo:read"));

        String found = text("barcodes");
        assertTrue(found.contains(tube) && found.contains("DataMatrix") && found.contains("sample"), found);
        assertTrue(found.contains("not a tube") && found.contains("not one of ours"), found);
        guardHttp(() -> browser.findElement(By.linkText(tube)).click());
        assertEquals(Samples.sample(tube).getString("type"), text("type").replaceAll(".*\\((.*)\\)$", "$1"));
    }

    // ---- helpers ----

    private static void fillCollection(String pseudonym) {
        type("collect:pseudonym", pseudonym);
        typeOver("collect:collectedAt_input", "2026-10-02 10:00");
        Pages.selectOne("collect:hospital", "UMCG");
        type("collect:procedure", "venipuncture");
    }

    /** Chooses a row's sample type as the keyboard or mouse would: the widget's change sends the ajax request. */
    private static void chooseType(int row, String type) {
        Pages.selectOneWithAjax("collect:samples:" + row + ":type", type);
    }

    /** Replaces what a field holds, as a user selecting all and typing does (a date picker ignores clear()). */
    private static void typeOver(String id, String value) {
        WebElement input = element(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        waitUntil(driver -> value.equals(input.getAttribute("value")));
    }

    private static List<String> rowMessages(int row) {
        return browser.findElements(By.cssSelector("[id='collect:samples_data'] > tr:nth-child(" + (row + 1)
                + ") .ui-message-error")).stream().map(WebElement::getText).map(String::trim).toList();
    }
}
