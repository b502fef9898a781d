package nl.databiobank.lims.security.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LoginStateTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static LoginState logins() {
        return new UserAccount("nurse", "Nurse", "hash", EnumSet.of(Role.RESEARCH_NURSE), NOW).loginState();
    }

    @Test
    void fiveWrongPasswordsInARowLockForFifteenMinutes() {
        LoginState logins = logins();
        for (int i = 1; i < LoginState.MAX_FAILED_LOGINS; i++) {
            assertFalse(logins.recordFailedLogin(NOW), "attempt " + i);
        }
        assertTrue(logins.recordFailedLogin(NOW));
        assertTrue(logins.isLocked(NOW.plusSeconds(14 * 60 + 59)));
        assertFalse(logins.isLocked(NOW.plusSeconds(15 * 60)));
    }

    @Test
    void aGoodPasswordInBetweenResetsTheCount() {
        LoginState logins = logins();
        for (int i = 0; i < 4; i++) {
            logins.recordFailedLogin(NOW);
        }
        logins.recordSuccessfulLogin(NOW);
        assertFalse(logins.recordFailedLogin(NOW));
        assertFalse(logins.isLocked(NOW));
    }

    @Test
    void enablingOrResettingThePasswordLiftsALockout() {
        UserAccount user = new UserAccount("tech", "Tech", "hash", EnumSet.of(Role.LAB_TECHNICIAN), NOW);
        for (int i = 0; i < LoginState.MAX_FAILED_LOGINS; i++) {
            user.loginState().recordFailedLogin(NOW);
        }
        assertTrue(user.isLocked(NOW));
        user.changePassword("new hash");
        assertFalse(user.isLocked(NOW));
    }
}
