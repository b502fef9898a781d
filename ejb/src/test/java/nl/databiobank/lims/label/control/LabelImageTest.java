package nl.databiobank.lims.label.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.barcode.decode.BarcodeReader;
import nl.databiobank.lims.barcode.decode.DecodedBarcode;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.barcode.label.LabelDoesNotFitException;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.symbol.Symbology;
import nl.databiobank.lims.label.entity.LabelPurpose;
import org.junit.jupiter.api.Test;

class LabelImageTest {

    @Test
    void aCryovialLabelDecodesToItsBarcodeAndKeepsAllFourLines() throws IOException {
        Label label = LabelContent.specimen(LabelPurpose.SAMPLE);
        LabelLayout layout = LabelLayout.cryovial25x13();

        assertEquals(4, LabelFitting.linesThatFit(label, layout, 203));
        assertEquals(List.of(label.identifier().value()), decode(LabelImage.png(label, layout, 300)));
    }

    @Test
    void aBoxLabelWithCode128DecodesToItsBarcode() throws IOException {
        Label label = LabelContent.label(Identifier.of("B", 12, 7).value(), "Freezer 1 box 7", "Cryobox 9x9 (81 vials)");
        LabelLayout layout = LabelLayout.box50x25Code128();

        BufferedImage image = LabelImage.image(label, layout, 300);
        assertEquals(Math.round(50 / 25.4 * 300), image.getWidth());
        assertEquals(List.of(label.identifier().value()), decode(LabelImage.png(label, layout, 300)));
    }

    @Test
    void linesThatDoNotFitAreLeftOffLastFirst() {
        Label label = LabelContent.specimen(LabelPurpose.SAMPLE);
        LabelLayout small = LabelLayout.cryovial25x13().withTextSizes(5.5, 8);

        Label fitted = LabelFitting.fit(label, small, 300);
        assertTrue(fitted.lines().size() < 4, fitted::toString);
        assertEquals(label.lines().subList(0, fitted.lines().size()), fitted.lines());
    }

    @Test
    void aBarcodeThatDoesNotFitIsStillRefused() {
        Label label = LabelContent.specimen(LabelPurpose.SAMPLE);
        LabelLayout tooNarrow = new LabelLayout("narrow", 20, 13, Symbology.CODE_128, 0.5, 0.25, 6, 5.5, 4.5);
        assertThrows(LabelDoesNotFitException.class, () -> LabelFitting.fit(label, tooNarrow, 203));
    }

    @Test
    void textALabelPrinterCannotPrintIsReplaced() {
        assertEquals("Box ? 1", LabelContent.printable("Box \u03b1 1"));
        assertEquals("a b", LabelContent.printable(" a\n b "));
        assertEquals(80, LabelContent.printable("x".repeat(200)).length());
    }

    @Test
    void everySheetHoldsAtLeastOneLabelAndNoneRunsOffThePage() {
        for (LabelLayout layout : List.of(LabelLayout.cryovial25x13(), LabelLayout.slide38x21(), LabelLayout.box50x25Code128())) {
            var sheet = LabelSheets.a4(layout);
            sheet.requireFits(layout.widthMm(), layout.heightMm());
            assertTrue(sheet.labelsPerSheet() > 10, layout::name);
        }
    }

    private static List<String> decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return BarcodeReader.readAll(image).stream().map(DecodedBarcode::text).toList();
    }
}
