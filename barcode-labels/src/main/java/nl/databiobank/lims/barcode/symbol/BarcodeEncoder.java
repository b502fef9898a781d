package nl.databiobank.lims.barcode.symbol;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/** Encodes text as a {@link BarcodeSymbol} with ZXing. */
public final class BarcodeEncoder {

    /** ZXing's Code 128 writer refuses longer contents; labels never need that many. */
    private static final int CODE_128_MAX_LENGTH = 80;

    private BarcodeEncoder() {
    }

    /** The symbol for {@code data}; an {@link IllegalArgumentException} says why one cannot be made. */
    public static BarcodeSymbol encode(Symbology symbology, String data) {
        if (symbology == null) {
            throw new IllegalArgumentException("No symbology was chosen");
        }
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("There is no text to encode as " + symbology);
        }
        try {
            BitMatrix matrix = switch (symbology) {
                case CODE_128 -> code128(data);
                case DATA_MATRIX -> dataMatrix(data);
                case QR -> qr(data);
            };
            return toSymbol(symbology, data, matrix);
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + abbreviate(data) + "' cannot be encoded as " + symbology
                    + ": " + e.getMessage(), e);
        }
    }

    private static BitMatrix code128(String data) {
        if (data.length() > CODE_128_MAX_LENGTH) {
            throw new IllegalArgumentException("longer than " + CODE_128_MAX_LENGTH + " characters");
        }
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("character " + (i + 1) + " is not printable ASCII");
            }
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        // Compact picks code sets C/B per run of digits, giving the narrowest symbol.
        hints.put(EncodeHintType.CODE128_COMPACT, true);
        return new Code128Writer().encode(data, BarcodeFormat.CODE_128, 0, 1, hints);
    }

    private static BitMatrix dataMatrix(String data) {
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(data)) {
            throw new IllegalArgumentException("DataMatrix text here is limited to ISO 8859-1 characters");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        // Square symbols: tube-bottom readers and ZPL's ^BX expect them.
        hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
        return new DataMatrixWriter().encode(data, BarcodeFormat.DATA_MATRIX, 0, 0, hints);
    }

    private static BitMatrix qr(String data) throws WriterException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(data)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        return new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0, hints);
    }

    private static BarcodeSymbol toSymbol(Symbology symbology, String data, BitMatrix matrix) {
        // A linear writer repeats the same row for every pixel of height; one row says it all.
        int height = symbology.isLinear() ? 1 : matrix.getHeight();
        int width = matrix.getWidth();
        BitSet dark = new BitSet(width * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    dark.set(y * width + x);
                }
            }
        }
        return new BarcodeSymbol(symbology, data, width, height, dark);
    }

    private static String abbreviate(String data) {
        return data.length() <= 40 ? data : data.substring(0, 40) + "...";
    }
}
