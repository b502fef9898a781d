package nl.databiobank.lims.barcode;

/**
 * The ISO/IEC 7064 MOD 37-2 check character, as ISBT 128 uses it: alphabet {@code 0-9A-Z*}.
 * It detects every single-character substitution and every adjacent transposition.
 */
public final class Mod37_2 {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

    private Mod37_2() {
    }

    /** The check character for {@code data}, which must consist of {@code 0-9A-Z} only. */
    public static char checkCharacter(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int value = ALPHABET.indexOf(data.charAt(i));
            if (value < 0 || value == 36) {
                throw new IllegalArgumentException("'" + data.charAt(i) + "' at position " + (i + 1)
                        + " is not a letter A-Z or a digit");
            }
            sum = ((sum + value) * 2) % 37;
        }
        return ALPHABET.charAt((38 - sum) % 37);
    }

    /** Whether the last character of {@code identifier} is the right check character for the rest. */
    public static boolean isValid(String identifier) {
        if (identifier == null || identifier.length() < 2) {
            return false;
        }
        String data = identifier.substring(0, identifier.length() - 1);
        for (int i = 0; i < data.length(); i++) {
            int value = ALPHABET.indexOf(data.charAt(i));
            if (value < 0 || value == 36) {
                return false;
            }
        }
        return checkCharacter(data) == identifier.charAt(identifier.length() - 1);
    }
}
