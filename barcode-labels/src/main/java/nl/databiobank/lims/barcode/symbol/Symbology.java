package nl.databiobank.lims.barcode.symbol;

import com.google.zxing.BarcodeFormat;
import java.util.Arrays;

/** The barcode symbologies this library writes and reads. */
public enum Symbology {
    /** Linear; ISO/IEC 15417 asks for a quiet zone of 10 modules left and right. */
    CODE_128(BarcodeFormat.CODE_128, 10, true, 0.19),
    /** DataMatrix ECC 200; ISO/IEC 16022 asks for a quiet zone of 1 module on every side. */
    DATA_MATRIX(BarcodeFormat.DATA_MATRIX, 1, false, 0.25),
    /** QR Code; ISO/IEC 18004 asks for a quiet zone of 4 modules on every side. */
    QR(BarcodeFormat.QR_CODE, 4, false, 0.25);

    private final BarcodeFormat format;
    private final int quietZoneModules;
    private final boolean linear;
    private final double minimumModuleMm;

    Symbology(BarcodeFormat format, int quietZoneModules, boolean linear, double minimumModuleMm) {
        this.format = format;
        this.quietZoneModules = quietZoneModules;
        this.linear = linear;
        this.minimumModuleMm = minimumModuleMm;
    }

    /** The light margin, in modules, the symbology requires around the symbol. */
    public int quietZoneModules() {
        return quietZoneModules;
    }

    /** Whether the symbol is one row of bars (quiet zone left and right only). */
    public boolean isLinear() {
        return linear;
    }

    /**
     * The smallest module (narrow bar) that common handheld and tube-rack imagers read reliably:
     * 7.5 mil for Code 128, 10 mil for the 2D codes. Below it a label is refused, not printed.
     */
    public double minimumModuleMm() {
        return minimumModuleMm;
    }

    BarcodeFormat zxingFormat() {
        return format;
    }

    /** The symbology ZXing calls {@code format}, for decoding results. */
    public static Symbology of(BarcodeFormat format) {
        for (Symbology symbology : values()) {
            if (symbology.format == format) {
                return symbology;
            }
        }
        throw new IllegalArgumentException("Barcode format " + format + " is not one of " + Arrays.toString(values()));
    }
}
