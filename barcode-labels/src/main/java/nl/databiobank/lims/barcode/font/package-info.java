/**
 * The one typeface of labels and human-readable barcode text: Helvetica metrics for PDF and
 * ZPL layout, and Liberation Sans (metric-compatible, shipped inside PDFBox) for PNG, so
 * images render the same on a server without any system fonts.
 */
package nl.databiobank.lims.barcode.font;
