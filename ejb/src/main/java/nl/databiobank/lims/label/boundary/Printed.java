package nl.databiobank.lims.label.boundary;

import java.util.List;

/** Labels a printer took: its name and address, and the barcodes sent, in order. */
public record Printed(String printer, String address, int labels, List<String> barcodes) {
}
