package nl.databiobank.lims.participant.control;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/**
 * The 32 random bytes every identity key is derived from, and where they came from. Outside demo
 * mode only the environment may give them: a key generated quietly on a production server would
 * be lost with that server, and every identity with it.
 */
final class MasterKey {

    static final String VARIABLE = "LIMS_IDENTITY_KEY";
    static final int LENGTH = 32;

    static final String HOW_TO_GENERATE = "Generate one with `openssl rand -base64 32`, keep it safe"
            + " (without it the identities cannot be read), and set it in the server's environment.";
    // A wrong value on a server that already holds identities must not be "fixed" with a new key.
    private static final String HOW_TO_FIX = "If identities were stored under a key before, set exactly"
            + " that key again; for a new installation generate one with `openssl rand -base64 32`, keep it"
            + " safe (without it the identities cannot be read), and set it in the server's environment.";

    private final byte[] bytes;
    private final String source;

    MasterKey(byte[] bytes, String source) {
        this.bytes = bytes;
        this.source = source;
    }

    /**
     * @param environmentValue the value of {@code LIMS_IDENTITY_KEY}, or null when it is not set
     * @param demoMode         whether a missing variable may be replaced by a generated key file
     * @param home             {@code $LIMS_HOME}, where the demo key file lives
     */
    static MasterKey load(String environmentValue, boolean demoMode, Path home) {
        if (environmentValue != null && !environmentValue.isBlank()) {
            return new MasterKey(fromEnvironment(environmentValue.trim()), "the environment variable " + VARIABLE);
        }
        if (!demoMode) {
            throw new IllegalStateException(VARIABLE + " is not set. " + HOW_TO_GENERATE);
        }
        return new DemoKeyFile(home).readOrCreate();
    }

    // The messages never quote the value: it may be a real key with a typo in it.
    private static byte[] fromEnvironment(String value) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(VARIABLE + " is not valid base64; it must be " + LENGTH
                    + " random bytes, base64-encoded (44 characters). " + HOW_TO_FIX);
        }
        if (decoded.length != LENGTH) {
            int length = decoded.length;
            Arrays.fill(decoded, (byte) 0);
            throw new IllegalStateException(VARIABLE + " holds " + length + " bytes, but an identity key is exactly "
                    + LENGTH + " random bytes, base64-encoded (44 characters). " + HOW_TO_FIX);
        }
        return decoded;
    }

    byte[] bytes() {
        return bytes;
    }

    /** Where the key came from, to be logged; never the key itself. */
    String source() {
        return source;
    }

    /** Overwrites the bytes once the subkeys are derived, so the master key does not linger on the heap. */
    void forget() {
        Arrays.fill(bytes, (byte) 0);
    }
}
