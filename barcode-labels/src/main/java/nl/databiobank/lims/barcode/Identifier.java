package nl.databiobank.lims.barcode;

import java.util.Locale;

/**
 * A sample or container identifier: prefix letters, number digits and the MOD 37-2 check
 * character over both, for example {@code S000012345} followed by its check character.
 * An instance is always consistent; build one with {@link #of} or {@link IdentifierScheme}.
 *
 * @param prefix         1 to {@value #MAX_PREFIX_LENGTH} letters A-Z
 * @param digits         the number as written, leading zeros included
 * @param checkCharacter the MOD 37-2 check character of {@code prefix + digits}
 */
public record Identifier(String prefix, String digits, char checkCharacter) {

    public static final int MAX_PREFIX_LENGTH = 4;
    /** Digits that always fit a {@code long}. */
    public static final int MAX_DIGITS = 18;

    public Identifier {
        if (!isPrefix(prefix)) {
            throw new IllegalArgumentException("An identifier prefix is 1 to " + MAX_PREFIX_LENGTH
                    + " capital letters A-Z, not '" + prefix + "'");
        }
        if (!isNumber(digits)) {
            throw new IllegalArgumentException("An identifier number is 1 to " + MAX_DIGITS
                    + " digits, not '" + digits + "'");
        }
        char expected = Mod37_2.checkCharacter(prefix + digits);
        if (checkCharacter != expected) {
            throw new InvalidIdentifierException(InvalidReason.WRONG_CHECK_CHARACTER,
                    prefix + digits + checkCharacter + " has the wrong check character");
        }
    }

    /** The identifier for {@code prefix} and {@code number}, written without leading zeros. */
    public static Identifier of(String prefix, long number) {
        return of(prefix, number, number < 0 ? 1 : Long.toString(number).length());
    }

    /** The identifier for {@code prefix} and {@code number}, zero-padded to {@code width} digits. */
    public static Identifier of(String prefix, long number, int width) {
        if (number < 0) {
            throw new IllegalArgumentException("An identifier number cannot be negative: " + number);
        }
        if (width < 1 || width > MAX_DIGITS) {
            throw new IllegalArgumentException("An identifier number has 1 to " + MAX_DIGITS
                    + " digits, not " + width);
        }
        String digits = String.format("%0" + width + "d", number);
        if (digits.length() > width) {
            throw new IllegalArgumentException("Number " + number + " does not fit in " + width + " digits");
        }
        String upperPrefix = prefix == null ? null : prefix.strip().toUpperCase(Locale.ROOT);
        return new Identifier(upperPrefix, digits, checkOf(upperPrefix, digits));
    }

    /** Parses {@code scanned} with any prefix and any number length; see {@link IdentifierScheme#ANY}. */
    public static Identifier parse(String scanned) {
        return IdentifierScheme.ANY.parse(scanned);
    }

    /** The number as a value. */
    public long number() {
        return Long.parseLong(digits);
    }

    /** The identifier as printed and scanned: prefix, digits and check character. */
    public String value() {
        return prefix + digits + checkCharacter;
    }

    @Override
    public String toString() {
        return value();
    }

    /** 1 to 4 letters A-Z. Hand-written, not a regex: scanners validate thousands an hour. */
    static boolean isPrefix(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_PREFIX_LENGTH && allBetween(text, 'A', 'Z');
    }

    /** 1 to 18 digits. */
    static boolean isNumber(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_DIGITS && allBetween(text, '0', '9');
    }

    private static boolean allBetween(String text, char low, char high) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < low || c > high) {
                return false;
            }
        }
        return true;
    }

    private static char checkOf(String prefix, String digits) {
        if (!isPrefix(prefix) || !isNumber(digits)) {
            // Let the canonical constructor explain what is wrong.
            return '0';
        }
        return Mod37_2.checkCharacter(prefix + digits);
    }
}
