package nl.databiobank.lims.barcode.decode;

import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import java.awt.Rectangle;
import nl.databiobank.lims.barcode.symbol.Symbology;

/** ZXing's results as {@link DecodedBarcode}s in the coordinates of the whole image. */
final class ZxingResults {

    private ZxingResults() {
    }

    /** {@code result} with its points moved from a region's coordinates to the image's, and scaled back. */
    static DecodedBarcode toDecoded(Result result, int offsetX, int offsetY, int scale) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (ResultPoint point : result.getResultPoints()) {
            if (point != null) {
                minX = Math.min(minX, point.getX() / scale);
                minY = Math.min(minY, point.getY() / scale);
                maxX = Math.max(maxX, point.getX() / scale);
                maxY = Math.max(maxY, point.getY() / scale);
            }
        }
        Rectangle bounds = minX > maxX ? new Rectangle(offsetX, offsetY, 1, 1)
                : new Rectangle((int) Math.floor(minX) + offsetX, (int) Math.floor(minY) + offsetY,
                        Math.max(1, (int) Math.ceil(maxX - minX)), Math.max(1, (int) Math.ceil(maxY - minY)));
        return new DecodedBarcode(Symbology.of(result.getBarcodeFormat()), result.getText(), bounds);
    }

    static DecodedBarcode toDecoded(Result result, int offsetX, int offsetY) {
        return toDecoded(result, offsetX, offsetY, 1);
    }
}
