package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.logIn;
import static nl.databiobank.lims.it.support.Pages.selectOneWithAjax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.Requests;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

/**
 * The ethics officer's audit of releases (issue 7): the demo study's shipment shown with its
 * approval, its numbers and "within scope"; a participant who withdrew after their material was
 * shipped among the recipients to notify; a shipment whose usage report is late among the overdue.
 */
class ReleasesPageIT extends BrowserTest {

    @Test
    void theOfficerSeesEachReleaseOfAStudyWithinItsScope() {
        Login lead = Users.create("pi", "RESEARCHER");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), LocalDate.now().minusDays(30),
                LocalDate.now().plusYears(1));
        String pseudonym = Requests.participant("Dr. A. de Vries", Map.of());
        String barcode = Requests.collect(pseudonym, "2026-10-01T09:30", type + ":1.0").get(0);
        long id = Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 1));
        Requests.ship(id, barcode, "Dr. A. de Vries", "Lab of " + lead.username(), "Hanzeplein 1, Groningen");
        Requests.usageDueLongAgo(id);
        assertEquals(201, Requests.nurse().post("/api/participants/" + pseudonym + "/withdrawals",
                Json.createObjectBuilder().add("withdrawnOn", LocalDate.now().toString()).add("scope", "NO_FURTHER_USE")
                        .add("reason", "test of the officer's audit").build()).status());

        logIn(DemoLogins.of("ethics"));
        open("/ethics/releases.xhtml");
        selectOneWithAjax("choose:study", "OLS-2026-01");

        String released = text("released");
        assertTrue(released.contains("Baseline serum for a cytokine pilot"), released);
        assertTrue(released.contains("METc 2026/118 (v1)"), released);
        assertTrue(released.contains("Dr. M. Bakker"), released);
        assertTrue(text("released:0:withinScope").contains("Within scope"), released);
        String toNotify = text("toNotify");
        assertTrue(toNotify.contains("Sample " + barcode + " was shipped to Lab of " + lead.username()), toNotify);
        String overdue = text("overdue");
        assertTrue(overdue.contains("#" + id + " (" + study + ")"), overdue);
    }
}
