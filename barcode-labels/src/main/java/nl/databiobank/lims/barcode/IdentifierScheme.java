package nl.databiobank.lims.barcode;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which identifiers a place in the application accepts: the allowed prefixes (say {@code S}
 * for samples, {@code B} for boxes) and the count of digits in the number. It builds
 * identifiers and checks scanned strings.
 *
 * <p>Scanned strings are trimmed and upper-cased first: keyboard-wedge scanners add a line
 * end, and a caps-lock or a scanner's case setting must not turn a good tube into a bad one.
 */
public final class IdentifierScheme {

    /** Any prefix of 1-4 letters and any number of 1-18 digits. */
    public static final IdentifierScheme ANY = new IdentifierScheme(Set.of(), 0);

    private final Set<String> prefixes;
    private final int digits;

    private IdentifierScheme(Set<String> prefixes, int digits) {
        this.prefixes = prefixes;
        this.digits = digits;
    }

    /** A scheme with numbers of exactly {@code digits} digits and one of {@code prefixes}. */
    public static IdentifierScheme of(int digits, String... prefixes) {
        if (digits < 1 || digits > Identifier.MAX_DIGITS) {
            throw new IllegalArgumentException("An identifier number has 1 to " + Identifier.MAX_DIGITS
                    + " digits, not " + digits);
        }
        if (prefixes.length == 0) {
            throw new IllegalArgumentException("A scheme needs at least one prefix");
        }
        Set<String> normalised = new TreeSet<>();
        for (String prefix : prefixes) {
            // Building a throw-away identifier validates the prefix with the same message.
            normalised.add(Identifier.of(prefix, 0).prefix());
        }
        return new IdentifierScheme(Collections.unmodifiableSet(normalised), digits);
    }

    /** The prefixes accepted; empty for {@link #ANY}. */
    public Set<String> prefixes() {
        return prefixes;
    }

    /** The count of digits of the number; 0 when any count is accepted. */
    public int digits() {
        return digits;
    }

    /** The identifier for {@code prefix} and {@code number}, zero-padded to this scheme's width. */
    public Identifier build(String prefix, long number) {
        Identifier identifier = Identifier.of(prefix, number, Math.max(digits, 1));
        if (!acceptsPrefix(identifier.prefix())) {
            throw new InvalidIdentifierException(InvalidReason.WRONG_PREFIX, wrongPrefixMessage(identifier));
        }
        return identifier;
    }

    /** Checks a scanned or typed string; never throws. */
    public Validation validate(String scanned) {
        if (scanned == null || scanned.isBlank()) {
            return new Validation.Invalid(InvalidReason.EMPTY, "Nothing was scanned");
        }
        String text = scanned.strip().toUpperCase(Locale.ROOT);
        Validation.Invalid illegal = firstIllegalCharacter(text);
        if (illegal != null) {
            return illegal;
        }
        String data = text.substring(0, text.length() - 1);
        int prefixLength = leadingLetters(data);
        String prefix = data.substring(0, prefixLength);
        String number = data.substring(prefixLength);
        if (!Identifier.isPrefix(prefix) || !Identifier.isNumber(number)) {
            return new Validation.Invalid(InvalidReason.MALFORMED, "'" + text + "' is not an identifier: expected 1-"
                    + Identifier.MAX_PREFIX_LENGTH + " letters, a number and a check character");
        }
        if (Mod37_2.checkCharacter(data) != text.charAt(text.length() - 1)) {
            return new Validation.Invalid(InvalidReason.WRONG_CHECK_CHARACTER, "'" + text
                    + "' has a wrong check character: it was mistyped or misread, scan or type it again");
        }
        Identifier identifier = new Identifier(prefix, number, text.charAt(text.length() - 1));
        if (!acceptsPrefix(identifier.prefix())) {
            return new Validation.Invalid(InvalidReason.WRONG_PREFIX, wrongPrefixMessage(identifier));
        }
        if (digits != 0 && number.length() != digits) {
            return new Validation.Invalid(InvalidReason.WRONG_LENGTH, "'" + text + "' has " + number.length()
                    + " digits after its prefix; identifiers here have " + digits);
        }
        return new Validation.Valid(identifier);
    }

    /** The identifier in {@code scanned}, or an {@link InvalidIdentifierException} saying why not. */
    public Identifier parse(String scanned) {
        return validate(scanned).orElseThrow();
    }

    private boolean acceptsPrefix(String prefix) {
        return prefixes.isEmpty() || prefixes.contains(prefix);
    }

    private String wrongPrefixMessage(Identifier identifier) {
        return "'" + identifier + "' is a " + identifier.prefix() + " identifier; expected "
                + String.join(" or ", prefixes) + " here";
    }

    private static Validation.Invalid firstIllegalCharacter(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            boolean legal = i == last ? Mod37_2.isCheckCharacter(c) : Mod37_2.isDataCharacter(c);
            if (!legal) {
                String shown = Character.isISOControl(c) || Character.isWhitespace(c)
                        ? String.format("U+%04X", (int) c) : "'" + c + "'";
                return new Validation.Invalid(InvalidReason.ILLEGAL_CHARACTER, shown + " at position " + (i + 1)
                        + " of '" + text + "' cannot be part of an identifier (letters A-Z and digits only)");
            }
        }
        return null;
    }

    private static int leadingLetters(String data) {
        int i = 0;
        while (i < data.length() && data.charAt(i) >= 'A' && data.charAt(i) <= 'Z') {
            i++;
        }
        return i;
    }

    @Override
    public String toString() {
        return this == ANY ? "IdentifierScheme[any]"
                : "IdentifierScheme" + Arrays.toString(prefixes.toArray()) + "[" + digits + " digits]";
    }
}
