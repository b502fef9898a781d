package nl.databiobank.lims.label.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import nl.databiobank.lims.barcode.font.LabelFont;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.label.LabelPlan;
import nl.databiobank.lims.barcode.label.LabelPlanner;
import nl.databiobank.lims.barcode.label.PlacedText;
import nl.databiobank.lims.barcode.symbol.ModuleRun;
import nl.databiobank.lims.barcode.symbol.PngRenderer;

/**
 * One whole label (barcode and text, as {@link LabelPlanner} places them for the PDF and ZPL
 * renderers) drawn as a greyscale PNG at printer resolution: every module a whole number of
 * pixels, the resolution recorded in the file so that it prints at its real size.
 */
public final class LabelImage {

    private LabelImage() {
    }

    public static byte[] png(Label label, LabelLayout layout, int dpi) {
        return PngRenderer.encodePng(image(label, layout, dpi), dpi);
    }

    public static BufferedImage image(Label label, LabelLayout layout, int dpi) {
        LabelPlan plan = LabelPlanner.plan(layout, label, dpi);
        int width = plan.dots(layout.widthMm());
        int height = plan.dots(layout.heightMm());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            drawBarcode(g, plan);
            drawTexts(g, plan.texts(), plan);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawBarcode(Graphics2D g, LabelPlan plan) {
        int module = plan.moduleDots();
        int left = plan.dots(plan.barcodeXMm());
        int top = plan.dots(plan.barcodeYMm());
        boolean linear = plan.symbol().symbology().isLinear();
        int runHeight = linear ? plan.dots(plan.barHeightMm()) : module;
        for (ModuleRun run : plan.symbol().darkRuns()) {
            g.fillRect(left + run.x() * module, top + run.y() * module, run.length() * module, runHeight);
        }
    }

    private static void drawTexts(Graphics2D g, List<PlacedText> texts, LabelPlan plan) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (PlacedText text : texts) {
            g.setFont(LabelFont.awtFont((float) (text.sizePt() * plan.dpi() / 72)));
            // Kept in its box, as the ZPL field block does, should the font measure wider than planned.
            g.setClip(plan.dots(text.xMm()), 0, plan.dots(text.widthMm()), plan.dots(plan.layout().heightMm()));
            g.drawString(text.text(), plan.dots(text.textXMm()), plan.dots(text.baselineMm()));
        }
        g.setClip(null);
    }
}
