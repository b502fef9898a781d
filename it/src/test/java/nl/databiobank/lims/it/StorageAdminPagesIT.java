package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.fieldMessages;
import static nl.databiobank.lims.it.support.Pages.logIn;
import static nl.databiobank.lims.it.support.Pages.selectOne;
import static nl.databiobank.lims.it.support.Pages.selectOneWithAjax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Samples;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrator sets up the storage tree and the sample types on their pages. */
class StorageAdminPagesIT extends BrowserTest {

    @Test
    void anAdministratorBuildsSiteRoomFreezerRackAndBox() {
        logIn(DemoLogins.admin());
        open("/admin/storage.xhtml");
        String site = Users.uniqueName("Site ");

        guardAjax(() -> click("unit:add"));
        assertFalse(fieldMessages("unit").isEmpty(), "a unit without a name is refused beside the field");

        type("unit:name", site);
        guardAjax(() -> click("unit:add"));
        addUnder("ROOM", site, "Room 1");
        addUnder("FREEZER", site + " / Room 1", "Freezer A");
        addUnder("RACK", site + " / Room 1 / Freezer A", "Rack 7");
        assertTrue(text("unit:units").contains(site + " / Room 1 / Freezer A / Rack 7"), text("unit:units"));

        String rack = Samples.technician().get("/api/storage/units").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("kind").equals("RACK") && u.getString("name").equals("Rack 7"))
                .map(u -> u.getString("barcode")).reduce((a, b) -> b).orElseThrow();
        selectOne("box:boxType", "RACK8X12");
        selectOne("box:rack", rack);
        type("box:boxName", "Plasma 42");
        guardAjax(() -> click("box:addBox"));
        assertTrue(text("messages").contains("Plasma 42"), text("messages"));
        String box = text("messages").replaceAll(".*: ", "").trim();
        assertEquals(96, Samples.technician().get("/api/storage/boxes/" + box).object().getJsonArray("positions").size());
    }

    @Test
    void anAdministratorAddsASampleTypeAndChangesItOnlyWithAReason() {
        logIn(DemoLogins.admin());
        open("/admin/sample-types.xhtml");
        String code = "CSF_" + Users.uniqueName("").toUpperCase();
        type("type:code", code);
        type("type:nameEn", "Cerebrospinal fluid");
        type("type:nameNl", "Liquor");
        type("type:consentItem", "OTHER_MATERIAL");
        type("type:defaultContainer", "Cryovial 1.0 mL");
        type("type:sprecType", "CSF");
        guardAjax(() -> click("type:save"));
        assertTrue(text("type:types").contains(code), text("type:types"));

        List<org.openqa.selenium.WebElement> rows = browser.findElements(By.cssSelector("[id='type:types_data'] > tr"));
        int row = 0;
        while (!rows.get(row).getText().contains(code)) {
            row++;
        }
        int index = row;
        guardAjax(() -> click("type:types:" + index + ":edit"));
        type("type:defaultContainer", "Sarstedt tube 2 mL");
        guardAjax(() -> click("type:save"));
        assertFalse(fieldMessages("type").isEmpty(), "a change without a reason is refused");

        type("type:reason", "new tubes from 2027");
        guardAjax(() -> click("type:save"));
        JsonObject saved = Samples.technician().get("/api/sample-types").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals("Sarstedt tube 2 mL", saved.getString("defaultContainer"));
    }

    private static void addUnder(String kind, String parentPath, String name) {
        selectOneWithAjax("unit:kind", kind);
        String value = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Array.from(document.getElementById('unit:parent_input').options)"
                        + ".find(o => o.text === arguments[0]).value;", parentPath);
        selectOne("unit:parent", value);
        type("unit:name", name);
        guardAjax(() -> click("unit:add"));
        assertTrue(text("unit:units").contains(parentPath + " / " + name), text("unit:units"));
    }
}
