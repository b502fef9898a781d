package nl.databiobank.lims.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final VerifiedCredentials verified = new VerifiedCredentials();
    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void theSameCredentialsAreRememberedForFiveMinutes() {
        verified.remember("technician", "secret", "hash-1", now);
        assertTrue(verified.recentlyVerified("technician", "secret", "hash-1", now.plusSeconds(299)));
        assertFalse(verified.recentlyVerified("technician", "secret", "hash-1", now.plusSeconds(300)));
    }

    @Test
    void aWrongPasswordAnotherUserOrAChangedPasswordHashNeverMatch() {
        verified.remember("technician", "secret", "hash-1", now);
        assertFalse(verified.recentlyVerified("technician", "Secret", "hash-1", now));
        assertFalse(verified.recentlyVerified("nurse", "secret", "hash-1", now));
        assertFalse(verified.recentlyVerified("technician", "secret", "hash-2", now), "the password was changed");
    }

    @Test
    void theFingerprintCannotBeForgedByMovingTheSeparator() {
        verified.remember("ab", "c", "h", now);
        assertFalse(verified.recentlyVerified("a", "bc", "h", now));
    }
}
