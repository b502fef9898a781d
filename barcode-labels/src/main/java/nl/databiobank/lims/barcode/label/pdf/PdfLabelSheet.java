package nl.databiobank.lims.barcode.label.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.label.LabelPlan;
import nl.databiobank.lims.barcode.label.LabelPlanner;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Renders labels onto as many sheets as they need, as one PDF. */
public final class PdfLabelSheet {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private PdfLabelSheet() {
    }

    /** The PDF as bytes; see {@link #write}. */
    public static byte[] render(List<Label> labels, LabelLayout layout, SheetLayout sheet, int startPosition) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(labels, layout, sheet, startPosition, out);
        return out.toByteArray();
    }

    /**
     * Writes {@code labels} in order onto sheets, the first one at {@code startPosition}
     * (1-based, row by row) of the first sheet, so the used part of a sheet is skipped; later
     * sheets start at position 1. Every label is planned before anything is written, so a
     * label that does not fit fails the whole sheet, not a page halfway.
     */
    public static void write(List<Label> labels, LabelLayout layout, SheetLayout sheet, int startPosition, OutputStream out) {
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("There are no labels to print");
        }
        if (startPosition < 1 || startPosition > sheet.labelsPerSheet()) {
            throw new IllegalArgumentException("Start position must be 1 to " + sheet.labelsPerSheet()
                    + " on this sheet, not " + startPosition);
        }
        sheet.requireFits(layout.widthMm(), layout.heightMm());
        List<LabelPlan> plans = new ArrayList<>(labels.size());
        for (Label label : labels) {
            plans.add(LabelPlanner.plan(layout, label, sheet.printerDpi()));
        }
        try (PDDocument document = new PDDocument()) {
            PdfLabelDrawer drawer = new PdfLabelDrawer();
            PDRectangle pageSize = new PDRectangle(mmToPoints(sheet.pageWidthMm()), mmToPoints(sheet.pageHeightMm()));
            int position = startPosition - 1;
            int next = 0;
            while (next < plans.size()) {
                PDPage page = new PDPage(pageSize);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (; position < sheet.labelsPerSheet() && next < plans.size(); position++, next++) {
                        double x = sheet.labelXMm(position % sheet.columns(), layout.widthMm());
                        double y = sheet.labelYMm(position / sheet.columns(), layout.heightMm());
                        drawer.draw(content, plans.get(next), x, sheet.pageHeightMm() - y);
                    }
                }
                position = 0;
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the label PDF", e);
        }
    }

    static float mmToPoints(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }
}
