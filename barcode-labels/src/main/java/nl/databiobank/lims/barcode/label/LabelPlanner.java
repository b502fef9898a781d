package nl.databiobank.lims.barcode.label;

import static nl.databiobank.lims.barcode.label.Millimetres.format;

import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.barcode.font.LabelFont;
import nl.databiobank.lims.barcode.symbol.BarcodeEncoder;
import nl.databiobank.lims.barcode.symbol.BarcodeSymbol;
import nl.databiobank.lims.barcode.symbol.Symbology;

/** Places barcode and text on a label for a printer resolution, or says why it cannot. */
public final class LabelPlanner {

    /** Light space between a 2D symbol's quiet zone and the text beside it. */
    static final double TEXT_GAP_MM = 0.4;
    /** Light space between bars and the human-readable text under them. */
    static final double UNDER_BARS_GAP_MM = 0.3;

    private LabelPlanner() {
    }

    public static LabelPlan plan(LabelLayout layout, Label label, int dpi) {
        if (dpi < 100 || dpi > 1200) {
            throw new IllegalArgumentException("Printer resolution must be 100 to 1200 dpi, not " + dpi);
        }
        BarcodeSymbol symbol = BarcodeEncoder.encode(layout.symbology(), label.identifier().value());
        int moduleDots = moduleDots(layout, symbol, dpi);
        double module = moduleDots * 25.4 / dpi;
        return layout.symbology().isLinear()
                ? linear(layout, label, dpi, symbol, moduleDots, module)
                : square(layout, label, dpi, symbol, moduleDots, module);
    }

    /** Barcode at the left, vertically centred; the text column to its right. */
    private static LabelPlan square(LabelLayout layout, Label label, int dpi, BarcodeSymbol symbol, int moduleDots, double module) {
        double size = symbol.widthModules() * module;
        double quiet = Symbology.DATA_MATRIX.quietZoneModules() * module;
        double x = Math.max(layout.marginMm(), quiet);
        double y = (layout.heightMm() - size) / 2;
        double textX = x + size + quiet + TEXT_GAP_MM;
        double textWidth = layout.widthMm() - layout.marginMm() - textX;
        List<PlacedText> texts = stack(layout, label, textX, textWidth, layout.marginMm(), false);
        return new LabelPlan(label, layout, dpi, symbol, moduleDots, x, y, size, texts);
    }

    /** Bars centred along the top, the identifier centred under them, the lines below. */
    private static LabelPlan linear(LabelLayout layout, Label label, int dpi, BarcodeSymbol symbol, int moduleDots, double module) {
        double width = symbol.widthModules() * module;
        double x = (layout.widthMm() - width) / 2;
        double y = layout.marginMm();
        double contentWidth = layout.widthMm() - 2 * layout.marginMm();
        double textTop = y + layout.barHeightMm() + UNDER_BARS_GAP_MM;
        List<PlacedText> texts = stack(layout, label, layout.marginMm(), contentWidth, textTop, true);
        return new LabelPlan(label, layout, dpi, symbol, moduleDots, x, y, layout.barHeightMm(), texts);
    }

    private static List<PlacedText> stack(LabelLayout layout, Label label, double x, double width, double top, boolean centreIdentifier) {
        String identifier = label.identifier().value();
        if (width <= 0 || LabelFont.widthMm(identifier, layout.identifierSizePt()) > width) {
            throw new LabelDoesNotFitException("Identifier " + identifier + " does not fit on the " + layout.name()
                    + " label at " + format(layout.identifierSizePt()) + " pt: " + format(Math.max(width, 0))
                    + " mm of width is left beside the barcode");
        }
        double bottom = layout.heightMm() - layout.marginMm();
        double identifierHeight = layout.identifierSizePt() * LabelFont.MM_PER_POINT;
        if (top + identifierHeight > bottom) {
            throw new LabelDoesNotFitException("The identifier text does not fit under the barcode on the "
                    + layout.name() + " label; lower the bar height or the text size");
        }
        List<PlacedText> texts = new ArrayList<>();
        texts.add(new PlacedText(identifier, x, top, width, layout.identifierSizePt(), centreIdentifier));
        double lineTop = top + identifierHeight * LabelFont.LINE_SPACING;
        double lineHeight = layout.textSizePt() * LabelFont.MM_PER_POINT;
        for (String line : label.lines()) {
            if (lineTop + lineHeight > bottom + 1e-9) {
                int room = texts.size() - 1;
                throw new LabelDoesNotFitException("The " + layout.name() + " label has room for " + room
                        + " text line" + (room == 1 ? "" : "s") + " at " + format(layout.textSizePt()) + " pt; label "
                        + identifier + " has " + label.lines().size());
            }
            String fitted = TextFitter.fit(line, width, layout.textSizePt());
            if (!fitted.isEmpty()) {
                texts.add(new PlacedText(fitted, x, lineTop, width, layout.textSizePt(), false));
            }
            lineTop += lineHeight * LabelFont.LINE_SPACING;
        }
        return List.copyOf(texts);
    }

    /**
     * The wanted module rounded to dots, raised to the scannable minimum and lowered to what
     * fits; when the minimum does not fit, the label cannot be printed readably.
     */
    private static int moduleDots(LabelLayout layout, BarcodeSymbol symbol, int dpi) {
        Symbology symbology = layout.symbology();
        double dotsPerMm = dpi / 25.4;
        double largest = largestModuleMm(layout, symbol);
        int fitting = (int) Math.floor(largest * dotsPerMm + 1e-9);
        int minimum = (int) Math.ceil(symbology.minimumModuleMm() * dotsPerMm - 1e-9);
        int wanted = Math.max(1, (int) Math.round(layout.moduleMm() * dotsPerMm));
        if (fitting < Math.max(1, minimum)) {
            int quiet = 2 * symbology.quietZoneModules();
            throw new LabelDoesNotFitException(symbology + " for " + symbol.data() + " is " + symbol.widthModules()
                    + " modules wide (" + (symbol.widthModules() + quiet) + " with quiet zones); on the " + layout.name()
                    + " label at " + dpi + " dpi a module could be at most " + format(fitting / dotsPerMm) + " mm ("
                    + fitting + " dots), below the scannable minimum of " + format(symbology.minimumModuleMm())
                    + " mm. Use a larger label, a 2D code or a higher-resolution printer");
        }
        return Math.min(fitting, Math.max(wanted, minimum));
    }

    private static double largestModuleMm(LabelLayout layout, BarcodeSymbol symbol) {
        int quietBothSides = 2 * layout.symbology().quietZoneModules();
        double contentWidth = layout.widthMm() - 2 * layout.marginMm();
        double contentHeight = layout.heightMm() - 2 * layout.marginMm();
        // Quiet zones may lie in the margin, which is unprinted, but not beyond the label's edge.
        double byWidth = Math.min(contentWidth / symbol.widthModules(), layout.widthMm() / (symbol.widthModules() + quietBothSides));
        if (layout.symbology().isLinear()) {
            return byWidth;
        }
        double byHeight = Math.min(contentHeight / symbol.heightModules(), layout.heightMm() / (symbol.heightModules() + quietBothSides));
        // A 2D symbol takes at most half the label's width, leaving the other half for its text.
        return Math.min(Math.min(byWidth, byHeight), contentWidth / 2 / (symbol.widthModules() + 1));
    }
}
