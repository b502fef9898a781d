package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.Requests;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

/** A withdrawal tells the request's coordinator (issue 7): on their home page, until they mark it read. */
class NoticesPageIT extends BrowserTest {

    @Test
    void theCoordinatorIsToldOnTheHomePageThatAWithdrawalCancelledAReservation() {
        Login lead = Users.create("pi", "RESEARCHER");
        Login coordinator = Users.create("tech", "LAB_TECHNICIAN");
        String type = Requests.newSampleType();
        String study = Requests.study(lead, List.of(type), List.of("BLOOD"), LocalDate.now().minusDays(30),
                LocalDate.now().plusYears(1));
        String pseudonym = Requests.participant("Dr. A. de Vries", Map.of());
        String sample = Requests.collect(pseudonym, "2026-10-01T09:30", type + ":1.0").get(0);
        long id = Requests.approved(Api.as(lead), Requests.request(study, type, 0.5, 1));
        assertEquals(200, Requests.allocate(Api.as(coordinator), id, sample).status());
        assertEquals(201, Requests.nurse().post("/api/participants/" + pseudonym + "/withdrawals",
                Json.createObjectBuilder().add("withdrawnOn", LocalDate.now().toString()).add("scope", "NO_FURTHER_USE")
                        .add("reason", "test of the notices").build()).status());

        logIn(coordinator);
        open("/index.xhtml");
        String notices = text("notices");
        assertTrue(notices.contains("Reservation of " + sample), notices);
        guardAjax(() -> click("notices:unread:0:read"));
        assertFalse(exists("notices"), "nothing left unread");
    }
}
