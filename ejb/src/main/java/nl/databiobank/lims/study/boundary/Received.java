package nl.databiobank.lims.study.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A shipped sample as its recipient knows it: barcode and study pseudonym, never the biobank's pseudonym. */
public record Received(String barcode, String studyPseudonym, String sampleType, LocalDate shippedOn,
                       LocalDate usageDueOn, String usage, String usageNote, Instant usageReportedAt,
                       Instant returnedAt) {
}
