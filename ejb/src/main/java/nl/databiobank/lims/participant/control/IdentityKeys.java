package nl.databiobank.lims.participant.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import nl.databiobank.lims.platform.boundary.LimsConfig;

/**
 * The keys that protect participants' identities, derived from the master key in
 * {@code LIMS_IDENTITY_KEY} (in demo mode without it: {@code $LIMS_HOME/identity.key}). One
 * subkey encrypts, another computes the MRN lookup digest, so neither use weakens the other.
 * Meant for {@link IdentityCipher} and {@link MrnDigest}; services use those.
 *
 * <p>Loaded on first use rather than in a {@code @PostConstruct}, so that a missing or bad key
 * reaches the caller as the {@link IllegalStateException} with its advice, not wrapped by CDI.
 * A failed load is not remembered: the next use tries again.
 */
@ApplicationScoped
public class IdentityKeys {

    static final String ENCRYPTION_LABEL = "lims identity encryption v1";
    static final String LOOKUP_LABEL = "lims mrn lookup v1";
    private static final String HMAC = "HmacSHA256";

    @Inject
    LimsConfig config;

    private volatile Keys keys;

    public IdentityKeys() {
    }

    /** Loads at once from the given values instead of the server's environment (for tests). */
    IdentityKeys(String environmentValue, boolean demoMode, Path home) {
        this.keys = derive(MasterKey.load(environmentValue, demoMode, home));
    }

    /**
     * @throws IllegalStateException when the key is missing or malformed; the message says what to do
     */
    public SecretKey encryptionKey() {
        return keys().encryption();
    }

    /**
     * @throws IllegalStateException when the key is missing or malformed; the message says what to do
     */
    public SecretKey lookupKey() {
        return keys().lookup();
    }

    /**
     * Where the master key came from (the environment variable, or the demo file's path), for the
     * log; never the key itself.
     *
     * @throws IllegalStateException when the key is missing or malformed; the message says what to do
     */
    public String source() {
        return keys().source();
    }

    private Keys keys() {
        Keys loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = derive(MasterKey.load(config.identityKey().orElse(null), config.demoMode(), config.home()));
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private static Keys derive(MasterKey master) {
        try {
            return new Keys(subkey(master, ENCRYPTION_LABEL, "AES"), subkey(master, LOOKUP_LABEL, HMAC), master.source());
        } finally {
            master.forget();
        }
    }

    /**
     * HKDF-Expand (RFC 5869) for a single 32-byte block: HMAC-SHA256(master, label || 0x01). The
     * master key is already uniformly random, so it serves as HKDF's pseudorandom key and the
     * extract step adds nothing.
     */
    static SecretKey subkey(MasterKey master, String label, String algorithm) {
        byte[] derived = null;
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(master.bytes(), HMAC));
            mac.update(label.getBytes(UTF_8));
            mac.update((byte) 1);
            derived = mac.doFinal();
            return new SecretKeySpec(derived, algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            if (derived != null) {
                Arrays.fill(derived, (byte) 0); // SecretKeySpec keeps its own copy
            }
        }
    }

    private record Keys(SecretKey encryption, SecretKey lookup, String source) {
    }
}
