package nl.databiobank.lims.barcode.symbol;

/**
 * How big to draw a symbol: resolution, module size, bar height of linear codes, and the
 * human-readable text under them.
 *
 * @param dpi           resolution of the image (PNG) or the printer it is meant for
 * @param moduleMm      wanted width of one module; PNG rounds it to whole pixels
 * @param barHeightMm   height of the bars of a linear symbol; ignored for 2D symbols
 * @param humanReadable whether linear symbols get their text underneath
 * @param textSizePt    size of that text
 */
public record RenderSettings(int dpi, double moduleMm, double barHeightMm, boolean humanReadable, double textSizePt) {

    public static final double DEFAULT_BAR_HEIGHT_MM = 10;
    public static final double DEFAULT_TEXT_SIZE_PT = 8;

    public RenderSettings {
        if (dpi < 72 || dpi > 2400) {
            throw new IllegalArgumentException("Resolution must be 72 to 2400 dpi, not " + dpi);
        }
        if (!(moduleMm >= 0.05 && moduleMm <= 10)) {
            throw new IllegalArgumentException("Module size must be 0.05 to 10 mm, not " + moduleMm);
        }
        if (!(barHeightMm >= 1 && barHeightMm <= 100)) {
            throw new IllegalArgumentException("Bar height must be 1 to 100 mm, not " + barHeightMm);
        }
        if (!(textSizePt >= 4 && textSizePt <= 72)) {
            throw new IllegalArgumentException("Text size must be 4 to 72 pt, not " + textSizePt);
        }
        if (Math.round(moduleMm * dpi / 25.4) < 1) {
            throw new IllegalArgumentException("A module of " + moduleMm + " mm is less than one pixel at "
                    + dpi + " dpi; choose a larger module or a higher resolution");
        }
    }

    /** {@code moduleMm} modules at {@code dpi}, 10 mm bars, 8 pt human-readable text. */
    public static RenderSettings of(int dpi, double moduleMm) {
        return new RenderSettings(dpi, moduleMm, DEFAULT_BAR_HEIGHT_MM, true, DEFAULT_TEXT_SIZE_PT);
    }

    public RenderSettings withBarHeightMm(double height) {
        return new RenderSettings(dpi, moduleMm, height, humanReadable, textSizePt);
    }

    public RenderSettings withHumanReadable(boolean shown) {
        return new RenderSettings(dpi, moduleMm, barHeightMm, shown, textSizePt);
    }

    public RenderSettings withTextSizePt(double size) {
        return new RenderSettings(dpi, moduleMm, barHeightMm, humanReadable, size);
    }

    /** Pixels per module: the module size rounded to whole pixels, so every module is equally wide. */
    public int modulePixels() {
        return (int) Math.round(moduleMm * dpi / 25.4);
    }

    /** Converts millimetres to whole pixels at this resolution. */
    public int pixels(double mm) {
        return (int) Math.round(mm * dpi / 25.4);
    }
}
