package nl.databiobank.lims.participant.control;

import static nl.databiobank.lims.participant.control.IdentityCipher.BIRTH_DATE;
import static nl.databiobank.lims.participant.control.IdentityCipher.MRN;
import static nl.databiobank.lims.participant.control.IdentityCipher.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityCipherTest {

    @TempDir
    static Path home;

    static IdentityCipher cipher(String base64Key) {
        IdentityCipher cipher = new IdentityCipher();
        cipher.keys = new IdentityKeys(base64Key, false, home);
        return cipher;
    }

    private final IdentityCipher cipher = cipher(IdentityKeysTest.KEY);

    @Test
    void whatIsSealedOpensAgain() {
        for (String value : new String[] {"1234567", "Jeanne d'Arc-Ĳsselmeer 👩‍⚕️", "1950-02-28", ""}) {
            assertEquals(value, cipher.decrypt(cipher.encrypt(value, NAME), NAME));
        }
    }

    @Test
    void theFormatIsVersionNonceCiphertextAndTag() {
        byte[] sealed = cipher.encrypt("1234567", MRN);

        assertEquals(1, sealed[0]);
        assertEquals(1 + 12 + 7 + 16, sealed.length);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("1234567"));
    }

    @Test
    void nullStaysNull() {
        assertNull(cipher.encrypt(null, MRN));
        assertNull(cipher.decrypt(null, MRN));
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        byte[] first = cipher.encrypt("1234567", MRN);
        byte[] second = cipher.encrypt("1234567", MRN);

        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(Arrays.copyOfRange(first, 1, 13), Arrays.copyOfRange(second, 1, 13)), "fresh nonce");
    }

    @Test
    void aValueCopiedToAnotherFieldDoesNotOpen() {
        byte[] birthDate = cipher.encrypt("1950-02-28", BIRTH_DATE);

        UnreadableIdentityException refused = assertThrows(UnreadableIdentityException.class,
                () -> cipher.decrypt(birthDate, NAME));
        assertEquals(NAME, refused.purpose());
        assertEquals("The participant.name value cannot be decrypted: it was altered, was sealed for another field"
                + " than participant.name, or was sealed under another LIMS_IDENTITY_KEY.", refused.getMessage());
    }

    @Test
    void everyFlippedByteIsNoticed() {
        byte[] sealed = cipher.encrypt("Jansen", NAME);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThrows(UnreadableIdentityException.class, () -> cipher.decrypt(tampered, NAME), "byte " + i);
        }
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        byte[] sealed = cipher.encrypt("Jansen", NAME);
        IdentityCipher other = cipher(Base64.getEncoder().encodeToString(new byte[32]));

        assertThrows(UnreadableIdentityException.class, () -> other.decrypt(sealed, NAME));
    }

    @Test
    void truncatedOrUnknownVersionsAreExplained() {
        byte[] sealed = cipher.encrypt("Jansen", NAME);

        UnreadableIdentityException tooShort = assertThrows(UnreadableIdentityException.class,
                () -> cipher.decrypt(Arrays.copyOf(sealed, 20), NAME));
        assertTrue(tooShort.getMessage().contains("too short"), tooShort.getMessage());

        byte[] version2 = sealed.clone();
        version2[0] = 2;
        UnreadableIdentityException unknown = assertThrows(UnreadableIdentityException.class,
                () -> cipher.decrypt(version2, NAME));
        assertTrue(unknown.getMessage().contains("format version 2"), unknown.getMessage());
    }

    @Test
    void aPurposeIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> cipher.encrypt("Jansen", null));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(new byte[40], " "));
    }
}
