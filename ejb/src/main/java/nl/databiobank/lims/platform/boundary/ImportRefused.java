package nl.databiobank.lims.platform.boundary;

import java.util.List;

/**
 * An import with at least one bad row: nothing of it was saved (the exception rolls the transaction
 * back), and it lists every bad cell, so the user corrects the sheet once and imports it again. The
 * message key takes the number of bad rows as its argument.
 */
public class ImportRefused extends LimsException {

    private final transient List<ImportRowError> errors;

    public ImportRefused(String key, List<ImportRowError> errors) {
        super(key, errors.stream().mapToInt(ImportRowError::row).distinct().count());
        this.errors = List.copyOf(errors);
    }

    public List<ImportRowError> errors() {
        return errors;
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors.stream().map(ImportRowError::asFieldError).toList();
    }
}
