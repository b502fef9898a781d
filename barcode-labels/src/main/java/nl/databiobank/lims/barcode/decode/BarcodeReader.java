package nl.databiobank.lims.barcode.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Finds and decodes every Code 128, DataMatrix and QR symbol in an image: QR codes with
 * ZXing's multi-QR reader, Code 128 with a {@link LinearScanner} over rows and columns,
 * DataMatrix one ink blob at a time ({@link SymbolCandidates}). When none of these finds
 * anything, ZXing's general reader gets the whole image. Thread-safe; each call has its own
 * readers.
 */
public final class BarcodeReader {

    /** Time and memory grow with the pixels; this covers any phone photo and an A4 scan at 600 dpi. */
    public static final long MAX_PIXELS = 40_000_000L;

    private BarcodeReader() {
    }

    /**
     * Every barcode in an image file (PNG, JPEG, GIF, BMP), as uploaded. The size is checked
     * from the header before the pixels are decoded, so a small file that unpacks to a huge
     * image is refused instead of exhausting memory.
     */
    public static List<DecodedBarcode> readAll(byte[] imageFile) {
        if (imageFile == null || imageFile.length == 0) {
            throw new IllegalArgumentException("The image file is empty");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(imageFile))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("The file is not an image in a format that can be read (PNG, JPEG, GIF, BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                requireSize(reader.getWidth(0), reader.getHeight(0));
                return readAll(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The image could not be read: " + e.getMessage(), e);
        }
    }

    /** Every barcode in {@code image}, top to bottom and left to right. */
    public static List<DecodedBarcode> readAll(BufferedImage image) {
        return read(image, 0);
    }

    /**
     * Like {@link #readAll(BufferedImage)}, and also searches overlapping tiles down to
     * {@code smallestTile} pixels with ZXing's general reader: slower, for cluttered photos
     * in which symbols touch dark surroundings and do not stand out as blobs.
     */
    public static List<DecodedBarcode> readAllThoroughly(BufferedImage image, int smallestTile) {
        if (smallestTile < 64) {
            throw new IllegalArgumentException("Tiles must be at least 64 pixels, not " + smallestTile);
        }
        return read(image, smallestTile);
    }

    private static List<DecodedBarcode> read(BufferedImage image, int smallestTile) {
        if (image == null) {
            throw new IllegalArgumentException("There is no image to read");
        }
        requireSize(image.getWidth(), image.getHeight());
        GrayLuminanceSource whole = GrayLuminanceSource.of(image);
        Detections found = new Detections();
        BitMatrix black;
        try {
            black = new HybridBinarizer(whole).getBlackMatrix();
        } catch (NotFoundException tooSmall) {
            return List.of();
        }
        readQrCodes(whole, found);
        new LinearScanner(hints(BarcodeFormat.CODE_128)).scan(whole).forEach(found::add);
        new SquareSymbolReader(whole, black).read(SymbolCandidates.find(black)).forEach(found::add);
        if (found.isEmpty() || smallestTile > 0) {
            readWithGeneralReader(whole, smallestTile, found);
        }
        return found.inReadingOrder();
    }

    private static void requireSize(int width, int height) {
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("The image has " + width + " x " + height
                    + " pixels; scale it below " + MAX_PIXELS / 1_000_000 + " megapixels");
        }
    }

    private static void readQrCodes(LuminanceSource whole, Detections found) {
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(whole)),
                    hints(BarcodeFormat.QR_CODE));
            for (Result result : results) {
                found.add(ZxingResults.toDecoded(result, 0, 0));
            }
        } catch (NotFoundException noQrCode) {
            // Most images of tubes and labels hold none.
        }
    }

    private static void readWithGeneralReader(LuminanceSource whole, int smallestTile, Detections found) {
        Map<DecodeHintType, Object> hints = hints(BarcodeFormat.CODE_128, BarcodeFormat.DATA_MATRIX, BarcodeFormat.QR_CODE);
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        GenericMultipleBarcodeReader multiReader = new GenericMultipleBarcodeReader(reader);
        List<Rectangle> regions = smallestTile > 0
                ? TilePlan.regions(whole.getWidth(), whole.getHeight(), smallestTile)
                : List.of(new Rectangle(0, 0, whole.getWidth(), whole.getHeight()));
        for (Rectangle region : regions) {
            LuminanceSource tile = whole.crop(region.x, region.y, region.width, region.height);
            try {
                for (Result result : multiReader.decodeMultiple(new BinaryBitmap(new HybridBinarizer(tile)), hints)) {
                    found.add(ZxingResults.toDecoded(result, region.x, region.y));
                }
            } catch (NotFoundException nothingInThisTile) {
                // Most tiles hold no whole symbol.
            }
        }
    }

    static Map<DecodeHintType, Object> hints(BarcodeFormat... formats) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(formats));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        return hints;
    }
}
