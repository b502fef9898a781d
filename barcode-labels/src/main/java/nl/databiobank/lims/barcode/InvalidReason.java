package nl.databiobank.lims.barcode;

/** Why a scanned or typed string is not an acceptable identifier, most basic problem first. */
public enum InvalidReason {
    /** Nothing but whitespace was scanned. */
    EMPTY,
    /** A character outside {@code 0-9A-Z} (or {@code *} as the check character). */
    ILLEGAL_CHARACTER,
    /** The characters are legal but do not form prefix, number and check character. */
    MALFORMED,
    /** The check character does not match: the string was mistyped or misread. */
    WRONG_CHECK_CHARACTER,
    /** A well-formed identifier, but of a kind not accepted here (a box where a sample was expected). */
    WRONG_PREFIX,
    /** A well-formed identifier whose number has the wrong count of digits for this scheme. */
    WRONG_LENGTH
}
