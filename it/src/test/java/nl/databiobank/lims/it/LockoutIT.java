package nl.databiobank.lims.it;

import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.Login;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Five wrong passwords in a row lock an account for 15 minutes. Users of the tests' own, never demo users. */
@OnPayara
class LockoutIT {

    private final Api admin = Api.as(DemoLogins.admin());

    @Test
    void fiveWrongPasswordsInARowLockTheAccount() {
        Login user = Users.create("lockout", "RESEARCHER");

        failLogins(user, 5);

        Api.Response withRightPassword = Api.as(user).get("/api/me");
        assertEquals(401, withRightPassword.status(), () -> "the right password on a locked account: " + withRightPassword);
        Api.Response account = admin.get("/api/users/" + user.username());
        assertTrue(account.object().getBoolean("locked"), account::toString);
        Api.Response lockedLog = admin.get(Api.query("/api/access-log", "user", user.username(), "action", "ACCOUNT_LOCKED"));
        assertEquals(200, lockedLog.status(), lockedLog::toString);
        assertTrue(lockedLog.object().getInt("total") >= 1, () -> "ACCOUNT_LOCKED in the access log: " + lockedLog);
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        Login user = Users.create("relogin", "RESEARCHER");

        failLogins(user, 4);
        Api.Response between = Api.as(user).get("/api/me");
        assertEquals(200, between.status(), between::toString);
        failLogins(user, 4);

        Api.Response after = Api.as(user).get("/api/me");
        assertEquals(200, after.status(), () -> "four and four wrong passwords are not five in a row: " + after);
        Api.Response account = admin.get("/api/users/" + user.username());
        assertFalse(account.object().getBoolean("locked"), account::toString);
    }

    private static void failLogins(Login user, int times) {
        for (int i = 1; i <= times; i++) {
            Api.Response wrong = Api.as(user.username(), "wrong-" + i + "-" + user.password()).get("/api/me");
            assertEquals(401, wrong.status(), wrong::toString);
        }
    }
}
