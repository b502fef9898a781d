package nl.databiobank.lims.barcode.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/** Text measurement and fonts shared by every renderer. */
public final class LabelFont {

    /** Millimetres per typographic point. */
    public static final double MM_PER_POINT = 25.4 / 72;
    /** Helvetica's ascender, as a fraction of the font size: the baseline sits this far below the top. */
    public static final double ASCENT = 0.718;
    /** Helvetica's descender, as a fraction of the font size. */
    public static final double DESCENT = 0.207;
    /** Distance between baselines as a fraction of the font size. */
    public static final double LINE_SPACING = 1.15;

    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Helvetica advance widths (1/1000 em) of every character WinAnsi encodes; read-only, so thread-safe. */
    private static final Map<Integer, Float> WIDTHS = helveticaWidths();
    private static volatile Font awtBase;

    private LabelFont() {
    }

    /** A new Helvetica for one PDF document (PDFBox fonts belong to one document and are not thread-safe). */
    public static PDType1Font newPdfFont() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Whether every character of {@code text} can be printed: WinAnsi, as PDF's and Zebra's fonts hold. */
    public static boolean canPrint(String text) {
        return firstUnprintable(text) < 0;
    }

    /** Index of the first character of {@code text} that cannot be printed, or -1. */
    public static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int codePoint = text.codePointAt(i);
            if (Character.isISOControl(codePoint) || !WIDTHS.containsKey(codePoint)) {
                return i;
            }
        }
        return -1;
    }

    /** The advance width of {@code text} in millimetres at {@code sizePt}. */
    public static double widthMm(String text, double sizePt) {
        double units = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            Float width = WIDTHS.get(text.codePointAt(i));
            if (width == null) {
                throw new IllegalArgumentException("'" + text + "' contains characters the label font cannot print");
            }
            units += width;
        }
        return units / 1000 * sizePt * MM_PER_POINT;
    }

    private static Map<Integer, Float> helveticaWidths() {
        FontMetrics metrics = Standard14Fonts.getAFM("Helvetica");
        GlyphList glyphs = GlyphList.getAdobeGlyphList();
        Map<Integer, Float> widths = new HashMap<>();
        for (int code = 0; code < 256; code++) {
            String name = WinAnsiEncoding.INSTANCE.getName(code);
            String unicode = glyphs.toUnicode(name);
            if (!".notdef".equals(name) && unicode != null && unicode.codePointCount(0, unicode.length()) == 1) {
                widths.put(unicode.codePointAt(0), metrics.getCharacterWidth(name));
            }
        }
        return Map.copyOf(widths);
    }

    /** Liberation Sans at {@code sizePx} pixels, for drawing into images. */
    public static Font awtFont(float sizePx) {
        Font base = awtBase;
        if (base == null) {
            base = loadLiberationSans();
            awtBase = base;
        }
        return base.deriveFont(sizePx);
    }

    private static Font loadLiberationSans() {
        try (InputStream in = LabelFont.class.getResourceAsStream(LIBERATION_SANS)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + LIBERATION_SANS);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Cannot read " + LIBERATION_SANS, e);
        }
    }
}
