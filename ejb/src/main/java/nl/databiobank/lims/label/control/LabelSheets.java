package nl.databiobank.lims.label.control;

import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.label.pdf.SheetLayout;

/**
 * The A4 sheet a layout's labels are laid out on for an office printer: as many labels as fit
 * between 10 mm page margins with 2 mm between them, for 300 dpi.
 */
public final class LabelSheets {

    static final double PAGE_MARGIN_MM = 10;
    static final double GAP_MM = 2;

    private LabelSheets() {
    }

    public static SheetLayout a4(LabelLayout layout) {
        int columns = fitting(SheetLayout.A4_WIDTH_MM, layout.widthMm());
        int rows = fitting(SheetLayout.A4_HEIGHT_MM, layout.heightMm());
        return SheetLayout.a4(columns, rows, PAGE_MARGIN_MM, PAGE_MARGIN_MM, GAP_MM, GAP_MM);
    }

    private static int fitting(double pageMm, double labelMm) {
        int count = (int) Math.floor((pageMm - 2 * PAGE_MARGIN_MM + GAP_MM) / (labelMm + GAP_MM) + 1e-9);
        return Math.max(1, Math.min(count, 100));
    }
}
