package nl.databiobank.lims.barcode.label.pdf;

import static nl.databiobank.lims.barcode.label.Millimetres.format;

/**
 * A sheet of labels: page size and the grid of labels on it, as the sheet's maker specifies
 * it. Positions are numbered from 1, row by row from the top-left label.
 *
 * @param pageWidthMm   page width
 * @param pageHeightMm  page height
 * @param columns       labels across
 * @param rows          labels down
 * @param leftMarginMm  from the page's left edge to the first column
 * @param topMarginMm   from the page's top edge to the first row
 * @param columnGapMm   between two labels side by side
 * @param rowGapMm      between two labels one above the other
 * @param printerDpi    resolution the barcodes' modules are rounded to; 300 suits office printers
 */
public record SheetLayout(double pageWidthMm, double pageHeightMm, int columns, int rows, double leftMarginMm,
                          double topMarginMm, double columnGapMm, double rowGapMm, int printerDpi) {

    public static final double A4_WIDTH_MM = 210;
    public static final double A4_HEIGHT_MM = 297;

    public SheetLayout {
        if (!(pageWidthMm >= 50 && pageWidthMm <= 1000 && pageHeightMm >= 50 && pageHeightMm <= 1000)) {
            throw new IllegalArgumentException("Page size must be 50 to 1000 mm each way, not " + pageWidthMm + " x " + pageHeightMm);
        }
        if (columns < 1 || rows < 1 || columns > 100 || rows > 200) {
            throw new IllegalArgumentException("A sheet has 1-100 columns and 1-200 rows, not " + columns + " x " + rows);
        }
        if (leftMarginMm < 0 || topMarginMm < 0 || columnGapMm < 0 || rowGapMm < 0) {
            throw new IllegalArgumentException("Margins and gaps cannot be negative");
        }
        if (printerDpi < 100 || printerDpi > 1200) {
            throw new IllegalArgumentException("Printer resolution must be 100 to 1200 dpi, not " + printerDpi);
        }
    }

    /** An A4 sheet with the given grid, for a 300 dpi printer. */
    public static SheetLayout a4(int columns, int rows, double leftMarginMm, double topMarginMm, double columnGapMm, double rowGapMm) {
        return new SheetLayout(A4_WIDTH_MM, A4_HEIGHT_MM, columns, rows, leftMarginMm, topMarginMm, columnGapMm, rowGapMm, 300);
    }

    public SheetLayout withPrinterDpi(int dpi) {
        return new SheetLayout(pageWidthMm, pageHeightMm, columns, rows, leftMarginMm, topMarginMm, columnGapMm, rowGapMm, dpi);
    }

    public int labelsPerSheet() {
        return columns * rows;
    }

    /** Left edge of the labels in {@code column} (0-based). */
    public double labelXMm(int column, double labelWidthMm) {
        return leftMarginMm + column * (labelWidthMm + columnGapMm);
    }

    /** Top edge of the labels in {@code row} (0-based). */
    public double labelYMm(int row, double labelHeightMm) {
        return topMarginMm + row * (labelHeightMm + rowGapMm);
    }

    /** Refuses a grid of {@code width} x {@code height} mm labels that runs off the page. */
    public void requireFits(double widthMm, double heightMm) {
        double right = labelXMm(columns - 1, widthMm) + widthMm;
        double bottom = labelYMm(rows - 1, heightMm) + heightMm;
        if (right > pageWidthMm + 1e-6 || bottom > pageHeightMm + 1e-6) {
            throw new IllegalArgumentException(columns + " x " + rows + " labels of " + format(widthMm) + " x " + format(heightMm)
                    + " mm with these margins and gaps need " + format(right) + " x " + format(bottom)
                    + " mm; the page is " + format(pageWidthMm) + " x " + format(pageHeightMm) + " mm");
        }
    }
}
