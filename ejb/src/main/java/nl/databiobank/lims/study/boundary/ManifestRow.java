package nl.databiobank.lims.study.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One shipped sample as its recipient may know it: the study pseudonym (never the biobank's own) and,
 * of the data below, only what both the request asked for and the approval allows; the rest is null.
 * Scores are by scale code, and a scale that could not be scored is missing.
 */
public record ManifestRow(String studyPseudonym, String barcode, String sampleType, BigDecimal quantity,
                          String unit, LocalDate collectionDate, Integer ageAtCollection, String sex,
                          String diagnosis, Map<String, BigDecimal> scores) {

    public ManifestRow {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }
}
