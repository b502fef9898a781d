package nl.databiobank.lims.barcode;

/** A string that should have been an identifier was not; the message says why, for the user. */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final InvalidReason reason;

    public InvalidIdentifierException(InvalidReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InvalidReason reason() {
        return reason;
    }
}
