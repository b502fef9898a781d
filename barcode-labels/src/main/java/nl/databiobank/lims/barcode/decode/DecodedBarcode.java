package nl.databiobank.lims.barcode.decode;

import java.awt.Rectangle;
import nl.databiobank.lims.barcode.symbol.Symbology;

/**
 * One barcode found in an image.
 *
 * @param symbology which kind of barcode
 * @param text      what it encodes
 * @param bounds    where it lies, in pixels of the image; for linear codes the height covers
 *                  only the rows where the bars were read
 */
public record DecodedBarcode(Symbology symbology, String text, Rectangle bounds) {

    /** Centre x of the barcode, in pixels. */
    public double centerX() {
        return bounds.getCenterX();
    }

    /** Centre y of the barcode, in pixels. */
    public double centerY() {
        return bounds.getCenterY();
    }
}
