package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.logIn;
import static nl.databiobank.lims.it.support.Pages.selectOneWithAjax;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import org.junit.jupiter.api.Test;

/**
 * The ethics officer's audit of releases (issue 7): the demo study's shipment shown with its
 * approval, its numbers and "within scope", and the lists of recipients to notify and late reports.
 */
class ReleasesPageIT extends BrowserTest {

    @Test
    void theOfficerSeesEachReleaseOfAStudyWithinItsScope() {
        logIn(DemoLogins.of("ethics"));
        open("/ethics/releases.xhtml");
        selectOneWithAjax("choose:study", "OLS-2026-01");

        String released = text("released");
        assertTrue(released.contains("Baseline serum for a cytokine pilot"), released);
        assertTrue(released.contains("METc 2026/118 (v1)"), released);
        assertTrue(released.contains("Dr. M. Bakker"), released);
        assertTrue(text("released:0:withinScope").contains("Within scope"), released);
        assertTrue(text("toNotify").length() > 0);
        assertTrue(text("overdue").length() > 0);
    }
}
