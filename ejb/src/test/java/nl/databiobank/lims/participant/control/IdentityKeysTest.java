package nl.databiobank.lims.participant.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityKeysTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    @TempDir
    Path home;

    @Test
    void theKeyComesFromTheEnvironment() {
        IdentityKeys keys = new IdentityKeys(KEY, false, home);

        assertEquals("the environment variable LIMS_IDENTITY_KEY", keys.source());
        assertEquals("AES", keys.encryptionKey().getAlgorithm());
        assertEquals(32, keys.encryptionKey().getEncoded().length);
        assertEquals(32, keys.lookupKey().getEncoded().length);
        assertArrayEquals(keys.encryptionKey().getEncoded(), new IdentityKeys(" " + KEY + "\n", false, home)
                .encryptionKey().getEncoded(), "the same master key gives the same subkeys");
    }

    @Test
    void encryptionAndLookupUseSeparateSubkeysNotTheMasterKey() {
        IdentityKeys keys = new IdentityKeys(KEY, false, home);
        byte[] master = Base64.getDecoder().decode(KEY);

        assertFalse(Arrays.equals(keys.encryptionKey().getEncoded(), keys.lookupKey().getEncoded()));
        assertFalse(Arrays.equals(master, keys.encryptionKey().getEncoded()));
        assertFalse(Arrays.equals(master, keys.lookupKey().getEncoded()));
    }

    @Test
    void theEnvironmentWinsOverTheDemoFile() {
        IdentityKeys keys = new IdentityKeys(KEY, true, home);

        assertEquals("the environment variable LIMS_IDENTITY_KEY", keys.source());
        assertFalse(Files.exists(home.resolve("identity.key")));
    }

    @Test
    void demoModeGeneratesTheKeyOnceAndReadsItOnLaterStarts() throws IOException {
        Path nested = home.resolve("not-yet-there");
        IdentityKeys first = new IdentityKeys(null, true, nested);
        Path file = nested.resolve("identity.key").toAbsolutePath();

        assertEquals("the demo key file " + file + " (generated now)", first.source());
        assertEquals(32, Base64.getDecoder().decode(Files.readString(file).trim()).length);

        IdentityKeys second = new IdentityKeys(null, true, nested);
        assertEquals("the demo key file " + file, second.source());
        assertArrayEquals(first.encryptionKey().getEncoded(), second.encryptionKey().getEncoded());
        assertArrayEquals(first.lookupKey().getEncoded(), second.lookupKey().getEncoded());
    }

    @Test
    void demoKeysDifferBetweenInstallations(@TempDir Path otherHome) {
        assertFalse(Arrays.equals(new IdentityKeys(null, true, home).encryptionKey().getEncoded(),
                new IdentityKeys(null, true, otherHome).encryptionKey().getEncoded()));
    }

    @Test
    void theDemoFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        new IdentityKeys(null, true, home);

        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(home.resolve("identity.key")));
    }

    @Test
    void aMissingKeyOutsideDemoModeSaysWhatToDo() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new IdentityKeys(null, false, home));

        assertEquals("LIMS_IDENTITY_KEY is not set. Generate one with `openssl rand -base64 32`, keep it safe"
                + " (without it the identities cannot be read), and set it in the server's environment.",
                refused.getMessage());
        assertFalse(Files.exists(home.resolve("identity.key")), "no key is generated outside demo mode");
        assertEquals(refused.getMessage(),
                assertThrows(IllegalStateException.class, () -> new IdentityKeys("  ", false, home)).getMessage());
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedWithoutQuotingIt() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new IdentityKeys(sixteenBytes, false, home));

        assertTrue(refused.getMessage().startsWith("LIMS_IDENTITY_KEY holds 16 bytes, but an identity key is exactly 32"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("openssl rand -base64 32"), refused.getMessage());
        assertFalse(refused.getMessage().contains(sixteenBytes));
    }

    @Test
    void aKeyThatIsNotBase64IsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new IdentityKeys("this is not base64 at all!", true, home));

        assertTrue(refused.getMessage().startsWith("LIMS_IDENTITY_KEY is not valid base64"), refused.getMessage());
        assertTrue(refused.getMessage().contains("set exactly that key again"), refused.getMessage());
        assertFalse(refused.getMessage().contains("this is not base64"));
    }

    @Test
    void aDamagedDemoFileIsRefusedNotReplaced() throws IOException {
        Path file = home.resolve("identity.key");
        Files.writeString(file, "c2hvcnQ=\n");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new IdentityKeys(null, true, home));

        assertTrue(refused.getMessage().startsWith("The demo identity key file " + file.toAbsolutePath()
                + " holds 5 bytes instead of 32. Restore it from a backup"), refused.getMessage());
        assertEquals("c2hvcnQ=\n", Files.readString(file));
    }

    @Test
    void subkeysFollowHkdfExpandWithTheirLabels() throws Exception {
        IdentityKeys keys = new IdentityKeys(KEY, false, home);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(KEY), "HmacSHA256"));

        assertArrayEquals(mac.doFinal("lims identity encryption v1\u0001".getBytes(UTF_8)),
                keys.encryptionKey().getEncoded());
        assertArrayEquals(mac.doFinal("lims mrn lookup v1\u0001".getBytes(UTF_8)),
                keys.lookupKey().getEncoded());
    }
}
