package nl.databiobank.lims.barcode;

/**
 * The ISO/IEC 7064 MOD 37-2 check character, as ISBT 128 uses it: alphabet {@code 0-9A-Z*}.
 * It detects every single-character substitution and every adjacent transposition.
 */
public final class Mod37_2 {

    /** The 37 check characters; data characters are the first 36 ({@code *} only ever checks). */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

    private static final int MODULUS = 37;

    private Mod37_2() {
    }

    /** The check character for {@code data}, which must consist of {@code 0-9A-Z} only. */
    public static char checkCharacter(String data) {
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("There is no data to compute a check character for");
        }
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int value = dataValue(data.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + data.charAt(i) + "' at position " + (i + 1)
                        + " is not a letter A-Z or a digit");
            }
            sum = ((sum + value) * 2) % MODULUS;
        }
        return ALPHABET.charAt((MODULUS + 1 - sum) % MODULUS);
    }

    /** Whether the last character of {@code identifier} is the right check character for the rest. */
    public static boolean isValid(String identifier) {
        if (identifier == null || identifier.length() < 2) {
            return false;
        }
        String data = identifier.substring(0, identifier.length() - 1);
        for (int i = 0; i < data.length(); i++) {
            if (!isDataCharacter(data.charAt(i))) {
                return false;
            }
        }
        return checkCharacter(data) == identifier.charAt(identifier.length() - 1);
    }

    /** Whether {@code c} may appear in the data part: an upper-case letter A-Z or a digit. */
    public static boolean isDataCharacter(char c) {
        return dataValue(c) >= 0;
    }

    /** Whether {@code c} may appear as a check character: a data character or {@code *}. */
    public static boolean isCheckCharacter(char c) {
        return ALPHABET.indexOf(c) >= 0;
    }

    private static int dataValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
