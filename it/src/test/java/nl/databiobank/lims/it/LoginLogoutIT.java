package nl.databiobank.lims.it;

import nl.databiobank.lims.it.support.BrowserTest;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginLogoutIT extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @FieldSource("nl.databiobank.lims.it.support.DemoLogins#USERNAMES")
    void demoUserLogsInAndOut(String username) {
        Login login = DemoLogins.of(username);

        fillLoginForm(login.username(), login.password());
        guardHttp(() -> click("login:submit"));
        assertEquals(username, text("currentUser"), "#currentUser after logging in");

        guardHttp(() -> click("session:logout"));
        assertTrue(exists("login:username"), () -> "login page after logging out, was " + browser.getCurrentUrl());
        assertTrue(text("login:messages").contains("You have been logged out."), () -> text("login:messages"));

        open("/index.xhtml");
        assertFalse(exists("currentUser"), "the home page after logging out shows no user");
        assertTrue(exists("login:username"), () -> "the home page after logging out asks to log in, was "
                + browser.getCurrentUrl());
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        // A user of this test's own: failed logins count towards the lockout of that user.
        Login user = Users.create("wrongpw", "RESEARCHER");

        fillLoginForm(user.username(), "not-" + user.password());
        guardPageOrAjax(() -> click("login:submit"));

        assertTrue(text("login:messages").contains("Unknown user name or wrong password."),
                () -> "login:messages was: " + text("login:messages"));
        assertFalse(exists("currentUser"), "not logged in");
    }

    private static void fillLoginForm(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
    }
}
