/**
 * Labels as ZPL II for Zebra printers (203 and 300 dpi), one {@code ^XA...^XZ} format per
 * label, and {@link nl.databiobank.lims.barcode.label.zpl.RawTcpPrinter}, which sends it to a
 * printer's raw port 9100 within a time limit.
 */
package nl.databiobank.lims.barcode.label.zpl;
