package nl.databiobank.lims.barcode.label.zpl;

import java.util.List;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.label.LabelPlan;
import nl.databiobank.lims.barcode.label.LabelPlanner;
import nl.databiobank.lims.barcode.label.PlacedText;
import nl.databiobank.lims.barcode.symbol.Symbology;

/**
 * Writes labels as ZPL II: {@code ^BX} DataMatrix ECC 200 or {@code ^BC} Code 128, and
 * {@code ^A0} text fields, placed as {@link LabelPlanner} planned them for the printer's dots.
 *
 * <p>Text is kept in its box by a one-line {@code ^FB} field block as well as by the planner's
 * shortening: Zebra's font 0 is narrower than the Helvetica the planner measures with, so
 * the text fits, and if a printer's font were wider it would still be cut at the box edge
 * rather than run into the barcode.
 */
public final class ZplRenderer {

    private ZplRenderer() {
    }

    /** Every label as its own {@code ^XA...^XZ} format, in order. */
    public static String render(List<Label> labels, LabelLayout layout, PrinterResolution resolution) {
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("There are no labels to print");
        }
        List<LabelPlan> plans = labels.stream().map(label -> LabelPlanner.plan(layout, label, resolution.dpi())).toList();
        StringBuilder zpl = new StringBuilder(plans.size() * 400);
        plans.forEach(plan -> append(zpl, plan));
        return zpl.toString();
    }

    /** One label as a {@code ^XA...^XZ} format. */
    public static String render(Label label, LabelLayout layout, PrinterResolution resolution) {
        return render(List.of(label), layout, resolution);
    }

    private static void append(StringBuilder zpl, LabelPlan plan) {
        zpl.append("^XA\n^CI28\n")
                .append("^PW").append(plan.dots(plan.layout().widthMm())).append('\n')
                .append("^LL").append(plan.dots(plan.layout().heightMm())).append('\n')
                .append("^LH0,0\n");
        appendBarcode(zpl, plan);
        for (PlacedText text : plan.texts()) {
            int height = Math.max(10, plan.dots(text.heightMm()));
            zpl.append("^FO").append(plan.dots(text.xMm())).append(',').append(plan.dots(text.topMm()))
                    .append("^A0N,").append(height).append(',').append(height)
                    .append("^FB").append(plan.dots(text.widthMm())).append(",1,0,").append(text.centered() ? 'C' : 'L').append(",0")
                    .append("^FH_^FD").append(ZplFieldData.escape(text.text())).append("^FS\n");
        }
        zpl.append("^XZ\n");
    }

    private static void appendBarcode(StringBuilder zpl, LabelPlan plan) {
        zpl.append("^FO").append(plan.dots(plan.barcodeXMm())).append(',').append(plan.dots(plan.barcodeYMm()));
        if (plan.symbol().symbology() == Symbology.DATA_MATRIX) {
            // Columns and rows as ZXing chose them, so the printed symbol has the planned size.
            zpl.append("^BXN,").append(plan.moduleDots()).append(",200,")
                    .append(plan.symbol().widthModules()).append(',').append(plan.symbol().heightModules());
        } else {
            // Mode A lets the printer switch code sets for digit runs, as ZXing's compact encoding does.
            zpl.append("^BY").append(plan.moduleDots())
                    .append("^BCN,").append(plan.dots(plan.barHeightMm())).append(",N,N,N,A");
        }
        // Identifiers are letters, digits and '*': nothing to escape, and no ^FH to puzzle ^BX's own escapes.
        zpl.append("^FD").append(plan.symbol().data()).append("^FS\n");
    }
}
