package nl.databiobank.lims.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords that were verified a moment ago, so that an API client sending HTTP Basic with every
 * scan does not pay a deliberately slow PBKDF2 (about 0.25 s of CPU) on every request. An entry is
 * a keyed hash of user name, password and the stored password hash: a changed password (a new
 * stored hash) or a wrong one never matches, and the key lives only in this process's memory.
 * Whether the account is enabled and unlocked is still checked at every request.
 */
@ApplicationScoped
public class VerifiedCredentials {

    public static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether exactly these credentials were verified against this stored hash less than five minutes ago. */
    public boolean recentlyVerified(String username, String password, String storedHash, Instant now) {
        Instant at = verified.get(fingerprint(username, password, storedHash));
        return at != null && at.plus(REMEMBERED_FOR).isAfter(now);
    }

    public void remember(String username, String password, String storedHash, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.entrySet().removeIf(e -> !e.getValue().plus(REMEMBERED_FOR).isAfter(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(fingerprint(username, password, storedHash), now);
    }

    private String fingerprint(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((username + '\0' + password + '\0' + storedHash).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
