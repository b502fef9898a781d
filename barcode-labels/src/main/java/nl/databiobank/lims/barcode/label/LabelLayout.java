package nl.databiobank.lims.barcode.label;

import nl.databiobank.lims.barcode.symbol.Symbology;

/**
 * The physical label and how it is filled. A 2D barcode sits at the left with the text to its
 * right; a linear barcode runs along the top with the identifier centred under the bars and
 * the text lines below.
 *
 * @param name             for messages, e.g. "cryovial 25 x 13 mm"
 * @param widthMm          label width, across the print head
 * @param heightMm         label height, along the feed
 * @param symbology        {@link Symbology#DATA_MATRIX} or {@link Symbology#CODE_128}
 * @param marginMm         unprinted border; quiet zones may lie in it, text and bars not
 * @param moduleMm         wanted module size; the planner rounds it to printer dots and shrinks
 *                         it (never below the scannable minimum) when the symbol would not fit
 * @param barHeightMm      bar height of a linear barcode; unused for DataMatrix
 * @param identifierSizePt size of the identifier text
 * @param textSizePt       size of the other text lines
 */
public record LabelLayout(String name, double widthMm, double heightMm, Symbology symbology, double marginMm,
                          double moduleMm, double barHeightMm, double identifierSizePt, double textSizePt) {

    public LabelLayout {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A label layout needs a name");
        }
        requireRange("Label width", widthMm, 5, 300, "mm");
        requireRange("Label height", heightMm, 5, 300, "mm");
        if (symbology != Symbology.DATA_MATRIX && symbology != Symbology.CODE_128) {
            throw new IllegalArgumentException("Labels carry a DataMatrix or a Code 128 barcode, not " + symbology);
        }
        requireRange("Margin", marginMm, 0, Math.min(widthMm, heightMm) / 3, "mm");
        requireRange("Module size", moduleMm, 0.1, 2, "mm");
        requireRange("Bar height", barHeightMm, 2, heightMm, "mm");
        requireRange("Identifier text size", identifierSizePt, 3, 36, "pt");
        requireRange("Text size", textSizePt, 3, 36, "pt");
    }

    /** A 25 x 13 mm cryovial label: DataMatrix left, identifier and four lines of 4.5 pt text right. */
    public static LabelLayout cryovial25x13() {
        return new LabelLayout("cryovial 25 x 13 mm", 25, 13, Symbology.DATA_MATRIX, 0.8, 0.42, 6, 5.5, 4.5);
    }

    /** A 38 x 21 mm slide or box label with a DataMatrix. */
    public static LabelLayout slide38x21() {
        return new LabelLayout("slide/box 38 x 21 mm", 38, 21, Symbology.DATA_MATRIX, 1.2, 0.6, 6, 8, 6.5);
    }

    /**
     * A 50 x 25 mm box or rack label with a Code 128 across the top. Code 128 needs the width:
     * an 11-character identifier is 134 modules plus 20 of quiet zone, 38.5 mm at 0.25 mm.
     */
    public static LabelLayout box50x25Code128() {
        return new LabelLayout("box 50 x 25 mm, Code 128", 50, 25, Symbology.CODE_128, 1.5, 0.25, 8, 7, 5.5);
    }

    public LabelLayout withSymbology(Symbology other) {
        return new LabelLayout(name, widthMm, heightMm, other, marginMm, moduleMm, barHeightMm, identifierSizePt, textSizePt);
    }

    public LabelLayout withModuleMm(double module) {
        return new LabelLayout(name, widthMm, heightMm, symbology, marginMm, module, barHeightMm, identifierSizePt, textSizePt);
    }

    public LabelLayout withTextSizes(double identifierPt, double textPt) {
        return new LabelLayout(name, widthMm, heightMm, symbology, marginMm, moduleMm, barHeightMm, identifierPt, textPt);
    }

    private static void requireRange(String what, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " must be " + Millimetres.format(min) + " to "
                    + Millimetres.format(max) + " " + unit + ", not " + value);
        }
    }
}
