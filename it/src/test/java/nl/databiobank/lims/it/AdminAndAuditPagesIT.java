package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Pages.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The pages of administrators and ethics officers, and what the other roles may not see. */
class AdminAndAuditPagesIT extends BrowserTest {

    @Test
    void adminCreatesAUserOnThePageWithMessagesBesideTheFields() {
        logIn(DemoLogins.admin());
        open("/admin/users.xhtml");
        String username = Users.uniqueName("page");
        type("create:username", username);
        type("create:displayName", "Made on the page");
        type("create:password", "short");
        guardAjax(() -> click("create:save"));

        String messages = formMessages("create");
        assertTrue(messages.contains("Use at least 12 characters."), messages);
        assertTrue(messages.contains("Give at least one role."), messages);
        assertFalse(userList().contains(username), "nothing saved");

        type("create:password", Users.strongPassword());
        browser.findElement(By.cssSelector("label[for='create:roles:2']")).click(); // Researcher
        guardAjax(() -> click("create:save"));

        assertTrue(userList().contains(username), userList());
        Api.Response created = Api.as(DemoLogins.admin()).get("/api/users/" + username);
        assertEquals(List.of("RESEARCHER"), created.object().getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString), created::toString);
    }

    @Test
    void aDisabledAccountIsLoggedOutAtItsNextRequest() {
        Login user = Users.create("session", "RESEARCHER");
        logIn(user);
        assertEquals(user.username(), text("currentUser"));

        Api.Response disabled = Api.as(DemoLogins.admin()).withHeader("X-Reason", "test: access ends at once")
                .post("/api/users/" + user.username() + "/disable");
        assertEquals(200, disabled.status(), disabled::toString);

        open("/index.xhtml");
        assertFalse(exists("currentUser"), "no longer logged in");
        assertTrue(exists("login:username"), browser::getCurrentUrl);
    }

    @Test
    void ethicsOfficerFiltersTheAuditTrailAndChecksTheChain() {
        logIn(DemoLogins.of("ethics"));
        open("/audit/trail.xhtml");
        type("trail:subject", "UserRole");
        guardAjax(() -> click("trail:search"));

        List<WebElement> rows = browser.findElements(By.cssSelector("[id='trail:entries_data'] > tr"));
        assertFalse(rows.isEmpty(), "the demo users' roles are in the trail");
        assertTrue(rows.stream().allMatch(row -> row.getText().contains("UserRole")),
                () -> rows.stream().map(WebElement::getText).toList().toString());

        guardAjax(() -> click("trail:verify"));
        assertTrue(text("trail:messages").contains("The audit trail is intact"), text("trail:messages"));

        open("/audit/access-log.xhtml");
        type("log:subject", "LOGIN");
        guardAjax(() -> click("log:search"));
        assertTrue(text("log:entries").contains("ethics"), "the ethics officer's own login is in the access log");
    }

    @Test
    void aResearcherSeesNeitherTheMenuEntriesNorThePagesOfAuditors() {
        logIn(DemoLogins.of("researcher"));
        assertFalse(text("menu").contains("Audit trail"), text("menu"));
        open("/audit/trail.xhtml");
        assertTrue(browser.getPageSource().contains("Not allowed"), browser::getPageSource);
        assertFalse(exists("trail:entries"));
    }

    @Test
    void theLoginPageSpeaksDutchAfterTheSwitch() {
        open("/login.xhtml");
        guardHttp(() -> click("session:lang-nl"));
        type("login:username", "nobody-" + Users.uniqueName("x"));
        type("login:password", "whatever password");
        guardPageOrAjax(() -> click("login:submit"));
        assertTrue(text("login:messages").contains("Onbekende gebruikersnaam of onjuist wachtwoord."),
                text("login:messages"));
        guardHttp(() -> click("session:lang-en"));
    }


    private static String formMessages(String form) {
        return browser.findElements(By.cssSelector("[id='" + form + "'] .ui-message-error")).stream()
                .map(WebElement::getText).toList().toString();
    }

    private static String userList() {
        return text("list:users");
    }
}
