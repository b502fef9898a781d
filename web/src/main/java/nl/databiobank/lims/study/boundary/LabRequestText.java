package nl.databiobank.lims.study.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.study.control.EligibilityCheck;

/**
 * Texts of the lab's request pages ({@code labrequestmsg}) and the services' refusals, in the user's
 * language. Eligibility reasons are codes in the API's contract; on a page they are said in words.
 */
final class LabRequestText {

    static final String BUNDLE = "labrequestmsg";

    private LabRequestText() {
    }

    static String of(String key, Object... arguments) {
        return Messages.textIn(BUNDLE, key, arguments);
    }

    /** What a refusal says: each field's message (say, a wrong check character), else its own. */
    static String refusal(LimsException refusal) {
        Locale locale = Messages.locale();
        return refusal.fieldErrors().isEmpty() ? refusal.message(locale)
                : refusal.fieldErrors().stream().map(error -> error.message(locale)).collect(Collectors.joining(" "));
    }

    /**
     * As {@link #refusal}, but a sample refused as not eligible (allocation or pick: the barcode, then the
     * reason codes as the service joins them) is refused with its reasons in words.
     */
    static String refusalInWords(LimsException refusal) {
        Object[] arguments = refusal.arguments();
        if (refusal.key().endsWith(".notEligible") && arguments.length == 2) {
            return of(refusal.key(), arguments[0], reasons(String.valueOf(arguments[1])));
        }
        return refusal(refusal);
    }

    /** The reasons a sample may not leave, in words: "the participant withdrew, no consent for TISSUE". */
    static String reasons(List<String> codes) {
        return codes.stream().map(LabRequestText::reason).collect(Collectors.joining(", "));
    }

    /** As {@link #reasons(List)}, for the codes as the services join them ("A, B"). */
    static String reasons(String joined) {
        return reasons(Arrays.stream(joined.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList());
    }

    static String reason(String code) {
        try {
            if (code.startsWith(EligibilityCheck.CONSENT_MISSING)) {
                return of("reason.CONSENT_MISSING", code.substring(EligibilityCheck.CONSENT_MISSING.length()));
            }
            return of("reason." + code);
        } catch (MissingResourceException unknown) {
            // a reason newer than this page: the code is still better than nothing
            return code;
        }
    }
}
