package nl.databiobank.lims.participant.control;

/**
 * A sealed identity value that cannot be opened. Never a user's mistake: the stored value was
 * altered, copied from another column, or sealed under another {@code LIMS_IDENTITY_KEY}. Left
 * a system exception on purpose, so the transaction rolls back and the server log keeps the
 * reason, while the user sees only that something went wrong.
 */
public class UnreadableIdentityException extends RuntimeException {

    private final String purpose;

    UnreadableIdentityException(String purpose, String why) {
        super("The " + purpose + " value cannot be decrypted: " + why + ".");
        this.purpose = purpose;
    }

    /** The field the value was read for, e.g. {@code participant.mrn}. */
    public String purpose() {
        return purpose;
    }
}
