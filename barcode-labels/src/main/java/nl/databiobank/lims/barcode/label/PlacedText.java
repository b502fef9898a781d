package nl.databiobank.lims.barcode.label;

import nl.databiobank.lims.barcode.font.LabelFont;

/**
 * One line of text on a label, already shortened to its box, positions in millimetres from
 * the label's top-left corner.
 *
 * @param text     what to print
 * @param xMm      left edge of the box the text must stay in
 * @param topMm    top of the line
 * @param widthMm  width of that box
 * @param sizePt   font size
 * @param centered centred in the box, else left-aligned
 */
public record PlacedText(String text, double xMm, double topMm, double widthMm, double sizePt, boolean centered) {

    /** Height of the line box: the font size. */
    public double heightMm() {
        return sizePt * LabelFont.MM_PER_POINT;
    }

    /** Where the baseline lies, from the top of the label. */
    public double baselineMm() {
        return topMm + LabelFont.ASCENT * heightMm();
    }

    /** Left edge of the text itself, after centring. */
    public double textXMm() {
        return centered ? xMm + (widthMm - LabelFont.widthMm(text, sizePt)) / 2 : xMm;
    }
}
