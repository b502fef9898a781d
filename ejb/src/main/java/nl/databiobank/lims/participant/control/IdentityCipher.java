package nl.databiobank.lims.participant.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals identity fields with AES-256-GCM. A sealed value is one version byte, a 12-byte random
 * nonce, then the ciphertext with its 128-bit tag. The purpose (the field, e.g.
 * {@code participant.name}) is the associated data, so a value copied into another column does
 * not open there, and any change to a sealed value is detected rather than decrypted to garbage.
 *
 * <p>Random nonces are safe up to about 2<sup>32</sup> encryptions under one key; a biobank of
 * 250 000 participants with a few fields each stays far below that.
 */
@ApplicationScoped
public class IdentityCipher {

    public static final String MRN = "participant.mrn";
    public static final String NAME = "participant.name";
    public static final String BIRTH_DATE = "participant.birthDate";

    static final byte VERSION = 1;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IdentityKeys keys;

    /**
     * @param plaintext the value to seal; null gives null
     * @param purpose   the field the value is stored in, e.g. {@link #MRN}; the same purpose opens it
     */
    public byte[] encrypt(String plaintext, String purpose) {
        requirePurpose(purpose);
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext;
        try {
            ciphertext = cipher(Cipher.ENCRYPT_MODE, nonce, purpose).doFinal(plaintext.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(TRANSFORMATION + " cannot encrypt in this Java runtime", e);
        }
        return ByteBuffer.allocate(1 + NONCE_LENGTH + ciphertext.length)
                .put(VERSION).put(nonce).put(ciphertext).array();
    }

    /**
     * @param sealed  a value from {@link #encrypt}; null gives null
     * @param purpose the purpose it was sealed with
     * @throws UnreadableIdentityException when the value was altered, sealed for another purpose or
     *                                     under another key
     */
    public String decrypt(byte[] sealed, String purpose) {
        requirePurpose(purpose);
        if (sealed == null) {
            return null;
        }
        if (sealed.length < 1 + NONCE_LENGTH + TAG_LENGTH) {
            throw new UnreadableIdentityException(purpose, "it is " + sealed.length
                    + " bytes long, too short to be a sealed value");
        }
        if (sealed[0] != VERSION) {
            throw new UnreadableIdentityException(purpose, "it has format version " + sealed[0]
                    + ", and this LIMS knows only version " + VERSION);
        }
        ByteBuffer buffer = ByteBuffer.wrap(sealed, 1, sealed.length - 1);
        byte[] nonce = new byte[NONCE_LENGTH];
        buffer.get(nonce);
        try {
            byte[] plaintext = cipher(Cipher.DECRYPT_MODE, nonce, purpose)
                    .doFinal(sealed, 1 + NONCE_LENGTH, sealed.length - 1 - NONCE_LENGTH);
            return new String(plaintext, UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableIdentityException(purpose, "it was altered, was sealed for another field than "
                    + purpose + ", or was sealed under another " + MasterKey.VARIABLE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(TRANSFORMATION + " cannot decrypt in this Java runtime", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION); // not thread-safe, so one per call
        cipher.init(mode, keys.encryptionKey(), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
        cipher.updateAAD(purpose.getBytes(UTF_8));
        return cipher;
    }

    private static void requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A purpose (the field, e.g. " + MRN + ") is required");
        }
    }
}
