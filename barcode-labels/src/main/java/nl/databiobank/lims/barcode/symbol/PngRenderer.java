package nl.databiobank.lims.barcode.symbol;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import nl.databiobank.lims.barcode.font.LabelFont;

/** Draws a symbol, its quiet zone and (for linear codes) its text into a greyscale image. */
public final class PngRenderer {

    private PngRenderer() {
    }

    /** The symbol as an image; every module is exactly {@link RenderSettings#modulePixels()} wide. */
    public static BufferedImage toImage(BarcodeSymbol symbol, RenderSettings settings) {
        int module = settings.modulePixels();
        int quiet = symbol.symbology().quietZoneModules() * module;
        int barsWidth = symbol.widthModules() * module;
        boolean linear = symbol.symbology().isLinear();
        // Linear codes need no quiet zone above and below; two modules keep the text off the edge.
        int top = linear ? 2 * module : quiet;
        int barsHeight = linear ? settings.pixels(settings.barHeightMm()) : symbol.heightModules() * module;
        String text = linear && settings.humanReadable() ? symbol.data() : null;
        float textPx = (float) (settings.textSizePt() * settings.dpi() / 72);
        int textBlock = text == null ? 0 : Math.round(textPx * 1.3f);
        int width = barsWidth + 2 * quiet;
        int height = top + barsHeight + textBlock + (linear ? 2 * module : quiet);

        int textWidth = text == null ? 0 : (int) Math.ceil(LabelFont.widthMm(text, settings.textSizePt()) / 25.4 * settings.dpi());
        int left = quiet;
        if (textWidth + 2 * quiet > width) {
            // Long text under a short symbol: widen the image rather than clip the text.
            left += (textWidth + 2 * quiet - width) / 2;
            width = textWidth + 2 * quiet;
        }

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            for (ModuleRun run : symbol.darkRuns()) {
                int runHeight = linear ? barsHeight : module;
                g.fillRect(left + run.x() * module, top + run.y() * module, run.length() * module, runHeight);
            }
            if (text != null) {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(LabelFont.awtFont(textPx));
                FontMetrics metrics = g.getFontMetrics();
                int x = (width - metrics.stringWidth(text)) / 2;
                g.drawString(text, x, top + barsHeight + Math.round(textPx * 1.05f));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The symbol as PNG bytes, with the resolution recorded in the file (pHYs) so it prints at size. */
    public static byte[] toPng(BarcodeSymbol symbol, RenderSettings settings) {
        return encodePng(toImage(symbol, settings), settings.dpi());
    }

    /** {@code image} as PNG bytes that declare {@code dpi}. */
    public static byte[] encodePng(BufferedImage image, int dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            declareResolution(metadata, dpi);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode PNG", e);
        } finally {
            writer.dispose();
        }
    }

    private static void declareResolution(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        // The native pHYs chunk: the plugin's translation of the standard "pixel size" tree
        // has been wrong in some JDKs, and printers and viewers read only this chunk.
        String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }
}
