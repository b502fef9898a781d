package nl.databiobank.lims.sample.boundary;

import java.math.BigDecimal;

/**
 * One tube, block or slide taken at a collection. {@code barcode} is a pre-labelled kit tube's,
 * scanned in; null to give the sample a new barcode. {@code container} null means the type's default.
 */
public record NewPrimarySample(String type, BigDecimal quantity, String container, String barcode) {
}
