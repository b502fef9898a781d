package nl.databiobank.lims.barcode.label;

import nl.databiobank.lims.barcode.font.LabelFont;

/** Shortens text to a width, marking the cut with an ellipsis. */
public final class TextFitter {

    public static final String ELLIPSIS = "\u2026";

    private TextFitter() {
    }

    /**
     * {@code text} if it fits in {@code widthMm} at {@code sizePt}; otherwise its longest start
     * that fits with an ellipsis after it; the empty string if not even the ellipsis fits.
     */
    public static String fit(String text, double widthMm, double sizePt) {
        if (LabelFont.widthMm(text, sizePt) <= widthMm) {
            return text;
        }
        // Widths only grow with length, so the longest fitting start can be found by bisection.
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) / 2;
            if (LabelFont.widthMm(shortened(text, middle), sizePt) <= widthMm) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        String best = shortened(text, fits);
        return LabelFont.widthMm(best, sizePt) <= widthMm ? best : "";
    }

    private static String shortened(String text, int length) {
        int end = length;
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
