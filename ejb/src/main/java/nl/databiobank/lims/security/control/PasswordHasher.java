package nl.databiobank.lims.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2 with HMAC-SHA512 at 210 000 iterations (OWASP's 2023 advice). The
 * parameters are stored in each hash, so raising them later keeps old hashes verifiable.
 */
@Dependent
public class PasswordHasher {

    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    // Verifying against this hash when the user does not exist costs as much as a real check,
    // so response time does not tell which user names exist.
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    public void spendTimeAsIfVerifying(String password) {
        if (decoy == null) {
            decoy = hash("decoy password that matches nothing");
        }
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
