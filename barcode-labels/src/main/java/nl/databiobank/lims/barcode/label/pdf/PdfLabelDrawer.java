package nl.databiobank.lims.barcode.label.pdf;

import static nl.databiobank.lims.barcode.label.pdf.PdfLabelSheet.mmToPoints;

import java.io.IOException;
import nl.databiobank.lims.barcode.font.LabelFont;
import nl.databiobank.lims.barcode.label.LabelPlan;
import nl.databiobank.lims.barcode.label.PlacedText;
import nl.databiobank.lims.barcode.symbol.ModuleRun;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Draws one planned label into a page's content stream. */
final class PdfLabelDrawer {

    private final PDType1Font font = LabelFont.newPdfFont();

    /**
     * @param leftMm  left edge of the label on the page
     * @param topMm   top edge of the label, measured from the page's bottom (PDF's y axis)
     */
    void draw(PDPageContentStream content, LabelPlan plan, double leftMm, double topMm) throws IOException {
        drawBarcode(content, plan, leftMm, topMm);
        for (PlacedText text : plan.texts()) {
            content.beginText();
            content.setFont(font, (float) text.sizePt());
            content.newLineAtOffset(mmToPoints(leftMm + text.textXMm()), mmToPoints(topMm - text.baselineMm()));
            content.showText(text.text());
            content.endText();
        }
    }

    private void drawBarcode(PDPageContentStream content, LabelPlan plan, double leftMm, double topMm) throws IOException {
        double module = plan.moduleMm();
        boolean linear = plan.symbol().symbology().isLinear();
        double runHeight = linear ? plan.barHeightMm() : module;
        for (ModuleRun run : plan.symbol().darkRuns()) {
            double x = leftMm + plan.barcodeXMm() + run.x() * module;
            double top = topMm - plan.barcodeYMm() - run.y() * module;
            content.addRect(mmToPoints(x), mmToPoints(top - runHeight), mmToPoints(run.length() * module), mmToPoints(runHeight));
        }
        content.fill();
    }
}
