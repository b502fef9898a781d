package nl.databiobank.lims.barcode.label;

import java.util.List;
import nl.databiobank.lims.barcode.symbol.BarcodeSymbol;

/**
 * Where everything on one label goes, for one printer resolution; millimetres from the
 * label's top-left corner. The barcode's position is that of its first module (or bar), not
 * of its quiet zone.
 *
 * @param label         what is printed
 * @param layout        the label it is printed on
 * @param dpi           printer resolution the module size was rounded to
 * @param symbol        the encoded barcode
 * @param moduleDots    printer dots per module
 * @param barcodeXMm    left edge of the symbol
 * @param barcodeYMm    top edge of the symbol
 * @param barHeightMm   height of the symbol (bar height for linear codes)
 * @param texts         the identifier text first, then the label's lines that are printed
 */
public record LabelPlan(Label label, LabelLayout layout, int dpi, BarcodeSymbol symbol, int moduleDots,
                        double barcodeXMm, double barcodeYMm, double barHeightMm, List<PlacedText> texts) {

    /** The module size actually printed: a whole number of dots. */
    public double moduleMm() {
        return moduleDots * 25.4 / dpi;
    }

    /** Width of the symbol, quiet zone excluded. */
    public double barcodeWidthMm() {
        return symbol.widthModules() * moduleMm();
    }

    /** Converts millimetres to printer dots, rounded. */
    public int dots(double mm) {
        return (int) Math.round(mm * dpi / 25.4);
    }
}
