package nl.databiobank.lims.barcode.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.barcode.IdentifierScheme;
import nl.databiobank.lims.barcode.font.LabelFont;
import nl.databiobank.lims.barcode.symbol.Symbology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelPlannerTest {

    static final Identifier ID = IdentifierScheme.of(9, "S").build("S", 1000);
    static final Label FULL = Label.of(ID, "Plasma EDTA", "2026-11-24", "ONCOLIFES-2026-LONG-STUDY-CODE", "Aliquot 3 of 8");

    static Stream<Arguments> layoutsAndResolutions() {
        return Stream.of(LabelLayout.cryovial25x13(), LabelLayout.slide38x21(), LabelLayout.box50x25Code128())
                .flatMap(layout -> Stream.of(203, 300, 600).map(dpi -> Arguments.of(layout, dpi)));
    }

    @ParameterizedTest
    @MethodSource("layoutsAndResolutions")
    void everyPresetHoldsFourLinesWithAScannableBarcode(LabelLayout layout, int dpi) {
        LabelPlan plan = LabelPlanner.plan(layout, FULL, dpi);
        assertEquals(5, plan.texts().size(), "identifier and four lines");
        assertTrue(plan.moduleMm() >= layout.symbology().minimumModuleMm() - 1e-9, "module " + plan.moduleMm());
        assertEquals(plan.moduleMm(), plan.moduleDots() * 25.4 / dpi, 1e-9);
        assertTextStaysOffTheBarcodeAndOnTheLabel(plan);
    }

    @Test
    void theModuleIsTheWantedSizeRoundedToPrinterDots() {
        LabelPlan at203 = LabelPlanner.plan(LabelLayout.cryovial25x13(), FULL, 203);
        LabelPlan at300 = LabelPlanner.plan(LabelLayout.cryovial25x13(), FULL, 300);
        assertEquals(3, at203.moduleDots(), "0.42 mm at 8 dots/mm");
        assertEquals(5, at300.moduleDots(), "0.42 mm at 11.8 dots/mm");
    }

    @Test
    void aModuleBelowTheMinimumIsRaisedToItWhenThatFits() {
        LabelPlan plan = LabelPlanner.plan(LabelLayout.box50x25Code128().withModuleMm(0.1), FULL, 203);
        assertEquals(2, plan.moduleDots(), "0.25 mm, the first dot count at or above 0.19 mm");
    }

    @Test
    void aCode128ThatCannotBeScannableOnACryovialLabelIsAnError() {
        LabelLayout tooSmall = LabelLayout.cryovial25x13().withSymbology(Symbology.CODE_128);
        LabelDoesNotFitException e = assertThrows(LabelDoesNotFitException.class, () -> LabelPlanner.plan(tooSmall, FULL, 203));
        assertTrue(e.getMessage().contains("below the scannable minimum of 0.19 mm"), e.getMessage());
        assertTrue(e.getMessage().contains("203 dpi"), e.getMessage());
        assertTrue(e.getMessage().contains("cryovial 25 x 13 mm"), e.getMessage());
    }

    @Test
    void longLinesAreShortenedWithAnEllipsis() {
        LabelPlan plan = LabelPlanner.plan(LabelLayout.cryovial25x13(), FULL, 300);
        PlacedText studyCode = plan.texts().get(3);
        assertTrue(studyCode.text().endsWith(TextFitter.ELLIPSIS), studyCode.text());
        assertTrue("ONCOLIFES-2026-LONG-STUDY-CODE".startsWith(studyCode.text().substring(0, studyCode.text().length() - 1)));
        assertEquals("Plasma EDTA", plan.texts().get(1).text());
    }

    @Test
    void moreLinesThanTheLabelHoldsIsAnError() {
        LabelLayout bigText = LabelLayout.cryovial25x13().withTextSizes(5.5, 7);
        LabelDoesNotFitException e = assertThrows(LabelDoesNotFitException.class, () -> LabelPlanner.plan(bigText, FULL, 300));
        assertTrue(e.getMessage().contains("has room for 3 text lines at 7 pt"), e.getMessage());
    }

    @Test
    void anIdentifierThatDoesNotFitIsAnErrorNotShortened() {
        LabelLayout hugeId = LabelLayout.cryovial25x13().withTextSizes(12, 4.5);
        LabelDoesNotFitException e = assertThrows(LabelDoesNotFitException.class, () -> LabelPlanner.plan(hugeId, FULL, 300));
        assertTrue(e.getMessage().startsWith("Identifier " + ID + " does not fit"), e.getMessage());
    }

    @Test
    void labelsRefuseTooManyLinesAndUnprintableText() {
        assertThrows(IllegalArgumentException.class, () -> Label.of(ID, "1", "2", "3", "4", "5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Label.of(ID, "Łódź"));
        assertTrue(e.getMessage().contains("'Ł'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Label.of(ID, "tab\there"));
        assertEquals(List.of("padded"), Label.of(ID, "  padded ").lines());
    }

    @Test
    void layoutsRefuseImpossibleDimensions() {
        assertThrows(IllegalArgumentException.class, () -> new LabelLayout("x", 2, 13, Symbology.DATA_MATRIX, 1, 0.4, 6, 6, 5));
        IllegalArgumentException qr = assertThrows(IllegalArgumentException.class,
                () -> LabelLayout.cryovial25x13().withSymbology(Symbology.QR));
        assertTrue(qr.getMessage().contains("DataMatrix or a Code 128"), qr.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabelPlanner.plan(LabelLayout.cryovial25x13(), FULL, 50));
    }

    /** Every text box lies inside the label margins and clear of the barcode and its quiet zone. */
    static void assertTextStaysOffTheBarcodeAndOnTheLabel(LabelPlan plan) {
        LabelLayout layout = plan.layout();
        double quiet = layout.symbology().quietZoneModules() * plan.moduleMm();
        double barcodeLeft = plan.barcodeXMm() - quiet;
        double barcodeRight = plan.barcodeXMm() + plan.barcodeWidthMm() + quiet;
        double barcodeTop = plan.barcodeYMm();
        double barcodeBottom = plan.barcodeYMm() + plan.barHeightMm();
        assertTrue(barcodeLeft >= -1e-9 && barcodeRight <= layout.widthMm() + 1e-9, "quiet zone on the label");
        for (PlacedText text : plan.texts()) {
            double width = LabelFont.widthMm(text.text(), text.sizePt());
            double left = text.textXMm();
            double right = left + width;
            double bottom = text.topMm() + text.heightMm();
            assertTrue(width <= text.widthMm() + 1e-9, text + " wider than its box");
            assertTrue(left >= layout.marginMm() - 1e-9 && right <= layout.widthMm() - layout.marginMm() + 1e-9, text + " in margin");
            assertTrue(text.topMm() >= layout.marginMm() - 1e-9 && bottom <= layout.heightMm() - layout.marginMm() + 1e-9,
                    text + " off the label");
            boolean besideBarcode = left >= barcodeRight - 1e-9 || right <= barcodeLeft + 1e-9;
            boolean belowBarcode = text.topMm() >= barcodeBottom - 1e-9 || bottom <= barcodeTop + 1e-9;
            assertTrue(besideBarcode || belowBarcode, text + " over the barcode");
        }
    }
}
