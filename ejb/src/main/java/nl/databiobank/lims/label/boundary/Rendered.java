package nl.databiobank.lims.label.boundary;

import java.util.List;

/**
 * Labels ready to download.
 *
 * @param content  the PNG, PDF or ZPL
 * @param format   which of these
 * @param fileName a name to save it under, e.g. {@code S000000012K.pdf}
 * @param barcodes the barcodes on it, in order
 */
public record Rendered(byte[] content, LabelFormat format, String fileName, List<String> barcodes) {
}
