package nl.databiobank.lims.barcode.label.zpl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.databiobank.lims.barcode.IdentifierScheme;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.barcode.label.LabelDoesNotFitException;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.label.LabelPlan;
import nl.databiobank.lims.barcode.label.LabelPlanner;
import nl.databiobank.lims.barcode.label.PlacedText;
import nl.databiobank.lims.barcode.symbol.Symbology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ZplRendererTest {

    private static final IdentifierScheme SCHEME = IdentifierScheme.of(9, "S");
    private static final List<Label> LABELS = List.of(
            Label.of(SCHEME.build("S", 1), "Serum", "2026-11-24", "OLS-2026-07-A-VERY-LONG-STUDY-CODE"),
            Label.of(SCHEME.build("S", 2), "Buffy coat"),
            Label.of(SCHEME.build("S", 3)));

    @ParameterizedTest
    @EnumSource(PrinterResolution.class)
    void cryovialLabelsMatchTheirLayoutFieldByField(PrinterResolution resolution) {
        LabelLayout layout = LabelLayout.cryovial25x13();
        List<ZplFormat> formats = ZplFormat.parseAll(ZplRenderer.render(LABELS, layout, resolution));

        assertEquals(LABELS.size(), formats.size(), "one ^XA...^XZ per label");
        for (int i = 0; i < LABELS.size(); i++) {
            LabelPlan plan = LabelPlanner.plan(layout, LABELS.get(i), resolution.dpi());
            ZplFormat format = formats.get(i);
            assertEquals(String.valueOf(Math.round(25 * resolution.dpi() / 25.4)), format.settings().get("PW"));
            assertEquals(String.valueOf(Math.round(13 * resolution.dpi() / 25.4)), format.settings().get("LL"));
            assertEquals("28", format.settings().get("CI"), "UTF-8");

            Map<String, String> barcode = format.fields().get(0);
            assertEquals("N," + plan.moduleDots() + ",200,14,14", barcode.get("BX"), "ECC 200, planned module and size");
            assertEquals(LABELS.get(i).identifier().value(), barcode.get("FD"));
            assertArrayEquals(new int[] {plan.dots(plan.barcodeXMm()), plan.dots(plan.barcodeYMm())}, ZplFormat.numbers(barcode.get("FO")));

            assertTextFields(format, plan, resolution);
        }
    }

    @ParameterizedTest
    @EnumSource(PrinterResolution.class)
    void code128LabelsUseBcWithTheModuleInBy(PrinterResolution resolution) {
        LabelLayout layout = LabelLayout.box50x25Code128();
        ZplFormat format = ZplFormat.parseAll(ZplRenderer.render(LABELS.get(0), layout, resolution)).get(0);
        LabelPlan plan = LabelPlanner.plan(layout, LABELS.get(0), resolution.dpi());

        Map<String, String> barcode = format.fields().get(0);
        assertEquals(String.valueOf(plan.moduleDots()), barcode.get("BY"));
        assertEquals("N," + plan.dots(8) + ",N,N,N,A", barcode.get("BC"), "bar height, no printer text, automatic mode");
        assertEquals(LABELS.get(0).identifier().value(), barcode.get("FD"));
        Map<String, String> identifier = format.fields().get(1);
        assertTrue(identifier.get("FB").contains(",1,0,C,"), "identifier centred under the bars");
        assertTextFields(format, plan, resolution);
    }

    @Test
    void moduleSizesFollowThePrinterResolution() {
        LabelLayout layout = LabelLayout.box50x25Code128();
        assertEquals("2", ZplFormat.parseAll(ZplRenderer.render(LABELS.get(0), layout, PrinterResolution.DPI_203)).get(0).fields().get(0).get("BY"));
        assertEquals("3", ZplFormat.parseAll(ZplRenderer.render(LABELS.get(0), layout, PrinterResolution.DPI_300)).get(0).fields().get(0).get("BY"));
    }

    @Test
    void caretsTildesAndNonAsciiCannotBreakOutOfAField() {
        Label tricky = Label.of(SCHEME.build("S", 4), "^XZ~JR a_b µl");
        String zpl = ZplRenderer.render(tricky, LabelLayout.slide38x21(), PrinterResolution.DPI_300);
        assertTrue(zpl.contains("^FH_^FD_5EXZ_7EJR a_5Fb _C2_B5l^FS"), zpl);
        assertTrue(zpl.chars().allMatch(c -> c < 0x80), "plain ASCII");
        assertEquals(1, ZplFormat.parseAll(zpl).size());
    }

    @Test
    void aBarcodeBelowTheScannableSizeIsRefused() {
        LabelLayout tooSmall = LabelLayout.cryovial25x13().withSymbology(Symbology.CODE_128);
        assertThrows(LabelDoesNotFitException.class, () -> ZplRenderer.render(LABELS, tooSmall, PrinterResolution.DPI_300));
        assertThrows(IllegalArgumentException.class, () -> ZplRenderer.render(List.of(), tooSmall, PrinterResolution.DPI_300));
        assertThrows(IllegalArgumentException.class, () -> PrinterResolution.of(600));
    }

    /** The text fields carry the planned (shortened) text, in the planned boxes, inside the label and off the barcode. */
    private static void assertTextFields(ZplFormat format, LabelPlan plan, PrinterResolution resolution) {
        List<Map<String, String>> texts = format.fields().subList(1, format.fields().size());
        assertEquals(plan.texts().size(), texts.size());
        int labelWidth = Integer.parseInt(format.settings().get("PW"));
        int labelHeight = Integer.parseInt(format.settings().get("LL"));
        int quiet = plan.symbol().symbology().quietZoneModules() * plan.moduleDots();
        int barcodeLeft = plan.dots(plan.barcodeXMm()) - quiet;
        int barcodeRight = plan.dots(plan.barcodeXMm()) + plan.symbol().widthModules() * plan.moduleDots() + quiet;
        int barcodeBottom = plan.dots(plan.barcodeYMm() + plan.barHeightMm());
        for (int i = 0; i < texts.size(); i++) {
            Map<String, String> field = texts.get(i);
            PlacedText planned = plan.texts().get(i);
            assertEquals("_", field.get("FH"));
            assertEquals(planned.text(), ZplFormat.unescape(field.get("FD")));
            int[] origin = ZplFormat.numbers(field.get("FO"));
            int[] font = ZplFormat.numbers(field.get("A0").substring(2));
            int boxWidth = ZplFormat.numbers(field.get("FB"))[0];
            assertEquals(plan.dots(planned.heightMm()), font[0], "font height in dots");
            assertTrue(origin[0] + boxWidth <= labelWidth, "text box inside the label");
            assertTrue(origin[1] + font[0] <= labelHeight, "text line inside the label");
            boolean beside = origin[0] >= barcodeRight || origin[0] + boxWidth <= barcodeLeft;
            boolean below = origin[1] >= barcodeBottom;
            assertTrue(beside || below, "text field " + field + " over the barcode at " + resolution);
        }
        assertFalse(texts.isEmpty());
    }
}
