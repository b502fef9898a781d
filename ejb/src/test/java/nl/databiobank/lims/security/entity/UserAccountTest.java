package nl.databiobank.lims.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static UserAccount user() {
        return new UserAccount("nurse", "Nurse", "hash", EnumSet.of(Role.RESEARCH_NURSE), NOW);
    }

    @Test
    void fiveWrongPasswordsInARowLockForFifteenMinutes() {
        UserAccount user = user();
        for (int i = 1; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            assertFalse(user.recordFailedLogin(NOW), "attempt " + i);
        }
        assertTrue(user.recordFailedLogin(NOW));
        assertTrue(user.isLocked(NOW.plusSeconds(14 * 60 + 59)));
        assertFalse(user.isLocked(NOW.plusSeconds(15 * 60)));
    }

    @Test
    void aGoodPasswordInBetweenResetsTheCount() {
        UserAccount user = user();
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(NOW);
        }
        user.recordSuccessfulLogin(NOW);
        assertFalse(user.recordFailedLogin(NOW));
        assertFalse(user.isLocked(NOW));
    }

    @Test
    void assigningRolesGrantsAndRevokesAndSaysWhetherOneWasTaken() {
        UserAccount user = user();
        assertFalse(user.assignRoles(EnumSet.of(Role.RESEARCH_NURSE, Role.ADMIN)));
        assertEquals(EnumSet.of(Role.RESEARCH_NURSE, Role.ADMIN), user.getRoles());
        assertTrue(user.assignRoles(EnumSet.of(Role.ADMIN)));
        assertEquals(EnumSet.of(Role.ADMIN), user.getRoles());
    }
}
