package nl.databiobank.lims.consent.boundary;

import java.util.List;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.LimsException;

/**
 * An import with at least one bad row: nothing of it was saved (the exception rolls the transaction
 * back), and it lists every bad cell, so the user corrects the sheet once and imports it again.
 */
public class ConsentImportRefused extends LimsException {

    private final transient List<ImportRowError> errors;

    public ConsentImportRefused(List<ImportRowError> errors) {
        super("consentImport.refused", errors.stream().mapToInt(ImportRowError::row).distinct().count());
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
