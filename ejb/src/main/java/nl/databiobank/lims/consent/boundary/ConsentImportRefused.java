package nl.databiobank.lims.consent.boundary;

import java.util.List;
import nl.databiobank.lims.platform.boundary.ImportRefused;
import nl.databiobank.lims.platform.boundary.ImportRowError;

/** A consent import with at least one bad row: nothing of it was saved, every bad cell is listed. */
public class ConsentImportRefused extends ImportRefused {

    public ConsentImportRefused(List<ImportRowError> errors) {
        super("consentImport.refused", errors);
    }
}
