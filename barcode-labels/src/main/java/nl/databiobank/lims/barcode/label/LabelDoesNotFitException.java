package nl.databiobank.lims.barcode.label;

/**
 * A label cannot be printed as asked without becoming unreadable: the barcode would need
 * modules below the scannable size, or the identifier or the lines would not fit.
 */
public class LabelDoesNotFitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public LabelDoesNotFitException(String message) {
        super(message);
    }
}
