package nl.databiobank.lims.barcode.symbol;

import java.util.Locale;
import nl.databiobank.lims.barcode.font.LabelFont;

/**
 * Draws a symbol as SVG in millimetres: one path of dark runs on a white background the size
 * of symbol plus quiet zone, and for linear codes the text underneath. The resolution in the
 * settings is not used: vectors print sharp at any resolution.
 */
public final class SvgRenderer {

    private SvgRenderer() {
    }

    public static String toSvg(BarcodeSymbol symbol, RenderSettings settings) {
        double module = settings.moduleMm();
        boolean linear = symbol.symbology().isLinear();
        double quiet = symbol.symbology().quietZoneModules() * module;
        double top = linear ? 2 * module : quiet;
        double barsHeight = linear ? settings.barHeightMm() : symbol.heightModules() * module;
        String text = linear && settings.humanReadable() ? symbol.data() : null;
        double textMm = settings.textSizePt() * LabelFont.MM_PER_POINT;
        double textBlock = text == null ? 0 : textMm * 1.3;
        double width = symbol.widthModules() * module + 2 * quiet;
        double height = top + barsHeight + textBlock + (linear ? 2 * module : quiet);
        double left = quiet;
        if (text != null) {
            double textWidth = LabelFont.widthMm(text, settings.textSizePt());
            if (textWidth + 2 * quiet > width) {
                left += (textWidth + 2 * quiet - width) / 2;
                width = textWidth + 2 * quiet;
            }
        }

        StringBuilder svg = new StringBuilder(256 + symbol.darkRuns().size() * 32);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"").append(number(width)).append("mm\" height=\"").append(number(height)).append("mm\"")
                .append(" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height)).append("\">\n")
                .append("<title>").append(escape(symbol.symbology() + ": " + symbol.data())).append("</title>\n")
                .append("<rect width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" fill=\"#ffffff\"/>\n")
                .append("<path fill=\"#000000\" shape-rendering=\"crispEdges\" d=\"");
        double runHeight = linear ? barsHeight : module;
        for (ModuleRun run : symbol.darkRuns()) {
            svg.append('M').append(number(left + run.x() * module)).append(' ').append(number(top + run.y() * module))
                    .append('h').append(number(run.length() * module))
                    .append('v').append(number(runHeight))
                    .append('h').append(number(-run.length() * module)).append('z');
        }
        svg.append("\"/>\n");
        if (text != null) {
            svg.append("<text x=\"").append(number(width / 2)).append("\" y=\"")
                    .append(number(top + barsHeight + textMm * 1.05))
                    .append("\" font-family=\"Liberation Sans, Helvetica, Arial, sans-serif\" font-size=\"")
                    .append(number(textMm)).append("\" text-anchor=\"middle\">").append(escape(text)).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        // Trailing zeros only make the file bigger.
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
