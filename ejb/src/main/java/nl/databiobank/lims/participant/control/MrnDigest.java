package nl.databiobank.lims.participant.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;

/**
 * Finds a hospital number (MRN) again without decrypting every identity: the lookup column holds
 * a keyed hash (HMAC-SHA256) of the normalised MRN. Keyed, because hospital numbers are few
 * and guessable enough that a plain hash would be reversed by trying them all.
 */
@ApplicationScoped
public class MrnDigest {

    // Spaces and dashes as typed, and the look-alikes that arrive by copy and paste from documents.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\-\\u2010-\\u2015\\u2212]+");

    @Inject
    IdentityKeys keys;

    /**
     * The lookup digest: 64 lower-case hex characters, the same for every way of typing one MRN.
     *
     * @return null for null
     * @throws IllegalArgumentException when nothing but spaces and dashes is left to look up
     */
    public String digest(String mrn) {
        String normalised = normalise(mrn);
        if (normalised == null) {
            return null;
        }
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("An MRN needs at least one letter or digit");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); // not thread-safe, so one per call
            mac.init(keys.lookupKey());
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }

    /** Trimmed, without spaces and dashes, upper case: {@code " 12-34 ab "} becomes {@code "1234AB"}. Null for null. */
    public static String normalise(String mrn) {
        if (mrn == null) {
            return null;
        }
        return SEPARATORS.matcher(mrn.trim()).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
