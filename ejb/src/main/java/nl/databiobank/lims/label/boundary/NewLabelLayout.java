package nl.databiobank.lims.label.boundary;

/**
 * A label layout as an ADMIN enters it; enums arrive as text, missing numbers as null, and the
 * service checks them all.
 *
 * @param purpose       SAMPLE, BOX or SLIDE
 * @param symbology     DATA_MATRIX or CODE_128
 * @param defaultLayout whether it becomes its purpose's default (the former default steps down)
 */
public record NewLabelLayout(String name, String purpose, Double widthMm, Double heightMm, String symbology,
                             Double marginMm, Double moduleMm, Double barHeightMm, Double identifierSizePt,
                             Double textSizePt, Boolean defaultLayout, Boolean active) {
}
