/**
 * Labels on A4 sheets (or any page size) as PDF, drawn with Apache PDFBox: barcodes as filled
 * vector rectangles, text in Helvetica. A start position lets a half-used sheet be fed again.
 */
package nl.databiobank.lims.barcode.label.pdf;
