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
    void aChangeOnAnOutdatedCopyIsRecognised() {
        UserAccount user = user();
        assertTrue(user.isVersion(null));
        assertTrue(user.isVersion(0L));
        assertFalse(user.isVersion(1L));
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
