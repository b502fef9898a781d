package nl.databiobank.lims.barcode.label.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.databiobank.lims.barcode.IdentifierScheme;
import nl.databiobank.lims.barcode.decode.BarcodeReader;
import nl.databiobank.lims.barcode.decode.DecodedBarcode;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.barcode.label.LabelLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfLabelSheetTest {

    /** Scans are read at 300 dpi: three pixels or more per module, as a scanner should give. */
    private static final int SCAN_DPI = 300;

    static Stream<Arguments> sheets() {
        return Stream.of(
                Arguments.of(LabelLayout.cryovial25x13(), SheetLayout.a4(7, 20, 10, 10, 2.5, 1), 130),
                Arguments.of(LabelLayout.slide38x21(), SheetLayout.a4(5, 13, 7.5, 12, 2, 0), 58),
                Arguments.of(LabelLayout.box50x25Code128(), SheetLayout.a4(4, 11, 5, 10, 0, 0), 37));
    }

    /**
     * Labels from a start position on a used sheet over onto a second sheet: every page,
     * rendered back to an image, decodes to the identifiers printed on it, each inside its cell.
     */
    @ParameterizedTest
    @MethodSource("sheets")
    void everyPageDecodesToItsIdentifiersInTheirCells(LabelLayout layout, SheetLayout sheet, int start) throws Exception {
        List<Label> labels = labels(12);
        byte[] pdf = PdfLabelSheet.render(labels, layout, sheet, start);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            PDFRenderer renderer = new PDFRenderer(document);
            int next = 0;
            for (int page = 0; page < 2; page++) {
                PDPage pdPage = document.getPage(page);
                assertEquals(595, Math.round(pdPage.getMediaBox().getWidth()), "A4 width in points");
                BufferedImage image = renderer.renderImageWithDPI(page, SCAN_DPI, ImageType.GRAY);
                List<DecodedBarcode> found = BarcodeReader.readAll(image);
                int first = page == 0 ? start - 1 : 0;
                int count = Math.min(sheet.labelsPerSheet() - first, labels.size() - next);
                assertEquals(count, found.size(), "page " + (page + 1) + ": " + found);
                for (int position = first; position < first + count; position++, next++) {
                    String expected = labels.get(next).identifier().value();
                    DecodedBarcode barcode = found.stream().filter(b -> b.text().equals(expected)).findFirst()
                            .orElseThrow(() -> new AssertionError(expected + " not found"));
                    assertInCell(barcode, sheet, layout, position);
                }
            }
        }
    }

    @Test
    void badSheetsAndStartPositionsAreRefused() {
        LabelLayout cryovial = LabelLayout.cryovial25x13();
        SheetLayout sheet = SheetLayout.a4(7, 20, 10, 10, 2.5, 1);
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class,
                () -> PdfLabelSheet.render(labels(1), cryovial, sheet, 141));
        assertTrue(start.getMessage().contains("1 to 140"), start.getMessage());
        IllegalArgumentException offPage = assertThrows(IllegalArgumentException.class,
                () -> PdfLabelSheet.render(labels(1), cryovial, SheetLayout.a4(8, 20, 10, 10, 2.5, 1), 1));
        assertTrue(offPage.getMessage().contains("the page is 210 x 297 mm"), offPage.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PdfLabelSheet.render(List.of(), cryovial, sheet, 1));
        assertThrows(IllegalArgumentException.class, () -> SheetLayout.a4(0, 20, 10, 10, 2.5, 1));
    }

    private static void assertInCell(DecodedBarcode barcode, SheetLayout sheet, LabelLayout layout, int position) {
        double pixelsPerMm = SCAN_DPI / 25.4;
        double left = sheet.labelXMm(position % sheet.columns(), layout.widthMm()) * pixelsPerMm;
        double top = sheet.labelYMm(position / sheet.columns(), layout.heightMm()) * pixelsPerMm;
        double x = barcode.centerX();
        double y = barcode.centerY();
        assertTrue(x > left && x < left + layout.widthMm() * pixelsPerMm
                && y > top && y < top + layout.heightMm() * pixelsPerMm, barcode + " outside cell " + (position + 1));
    }

    private static List<Label> labels(int count) {
        IdentifierScheme scheme = IdentifierScheme.of(9, "S");
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(Label.of(scheme.build("S", 4_000_000L + 7919L * i), "Plasma EDTA 500 µl", "2026-11-24", "OLS-2026-07", "Aliquot " + (i + 1)));
        }
        return labels;
    }
}
