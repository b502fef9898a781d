package nl.databiobank.lims.barcode.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.databiobank.lims.barcode.symbol.Symbology;

/**
 * Decodes a DataMatrix in each candidate blob: first as an upright symbol sampled from its
 * outline, then with ZXing's detector, which handles tilt but is picky about where the symbol
 * sits in the region and about small modules; so a blob is tried with a snug margin, a wider
 * one, and enlarged. Text blobs fail all of these quickly.
 */
final class SquareSymbolReader {

    private final GrayLuminanceSource image;
    private final AlignedDataMatrixSampler aligned;
    private final MultiFormatReader reader = new MultiFormatReader();

    SquareSymbolReader(GrayLuminanceSource image, BitMatrix black) {
        this.image = image;
        this.aligned = new AlignedDataMatrixSampler(black);
        reader.setHints(BarcodeReader.hints(BarcodeFormat.DATA_MATRIX));
    }

    List<DecodedBarcode> read(List<Rectangle> blobs) {
        List<DecodedBarcode> found = new ArrayList<>();
        for (Rectangle blob : blobs) {
            int size = Math.max(blob.width, blob.height);
            aligned.read(blob).map(text -> new DecodedBarcode(Symbology.DATA_MATRIX, text, blob))
                    .or(() -> decode(padded(blob, Math.max(4, size / 8)), 1))
                    .or(() -> decode(padded(blob, Math.max(8, size / 4)), 1))
                    .or(() -> decode(padded(blob, Math.max(4, size / 8)), 2))
                    .ifPresent(found::add);
        }
        return found;
    }

    private Optional<DecodedBarcode> decode(Rectangle region, int scale) {
        LuminanceSource crop = image.crop(region.x, region.y, region.width, region.height);
        if (scale > 1) {
            crop = ((GrayLuminanceSource) crop).scaledUp(scale);
        }
        try {
            return Optional.of(ZxingResults.toDecoded(reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(crop))),
                    region.x, region.y, scale));
        } catch (NotFoundException notASymbol) {
            return Optional.empty();
        }
    }

    private Rectangle padded(Rectangle blob, int margin) {
        Rectangle region = new Rectangle(blob);
        region.grow(margin, margin);
        return region.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
    }
}
