package nl.databiobank.lims.participant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MrnDigestTest {

    @TempDir
    static Path home;

    static MrnDigest digest(String base64Key) {
        MrnDigest digest = new MrnDigest();
        digest.keys = new IdentityKeys(base64Key, false, home);
        return digest;
    }

    private final MrnDigest digest = digest(IdentityKeysTest.KEY);

    @Test
    void theDigestIsStableHex() {
        String first = digest.digest("1234567");

        assertTrue(first.matches("[0-9a-f]{64}"), first);
        assertEquals(first, digest.digest("1234567"));
        assertEquals(first, digest(IdentityKeysTest.KEY).digest("1234567"), "same key, same digest after a restart");
    }

    @Test
    void oneMrnTypedDifferentlyGivesOneDigest() {
        String expected = digest.digest("AB1234567");

        for (String typed : new String[] {"ab1234567", " AB-123 45-67 ", "ab 123\t4567", "AB\u20131234567", "AB\u00A01234567"}) {
            assertEquals(expected, digest.digest(typed), typed);
        }
    }

    @Test
    void differentMrnsGiveDifferentDigests() {
        assertNotEquals(digest.digest("1234567"), digest.digest("1234568"));
        assertNotEquals(digest.digest("1234567"), digest.digest("01234567"), "leading zeros are significant");
    }

    @Test
    void theDigestIsKeyedSoItCannotBeRecomputedWithoutTheKey() {
        MrnDigest other = digest(Base64.getEncoder().encodeToString(new byte[32]));

        assertNotEquals(digest.digest("1234567"), other.digest("1234567"));
    }

    @Test
    void normalisingTrimsRemovesSpacesAndDashesAndUpperCases() {
        assertEquals("1234AB", MrnDigest.normalise(" 12-34 ab "));
        assertEquals("Z1", MrnDigest.normalise("z-1"));
        assertEquals("", MrnDigest.normalise(" - "));
        assertNull(MrnDigest.normalise(null));
    }

    @Test
    void nullHasNoDigestAndBlankIsRefused() {
        assertNull(digest.digest(null));
        assertThrows(IllegalArgumentException.class, () -> digest.digest(" -- "));
    }
}
