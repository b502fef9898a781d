package nl.databiobank.lims.study.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.study.boundary.Manifest;
import nl.databiobank.lims.study.boundary.ManifestRow;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The manifest as a PDF to put in the box: landscape A4, the header lines on the first page, then
 * the table, its header row repeated on every page it continues onto, and "page n of m" below.
 * Columns are as wide as their widest value; when they do not fit, the type gets smaller (down to a
 * size that still prints legibly) and only then are the longest values cut short.
 */
public final class ManifestPdf {

    // PDFBox carries Liberation Sans (metrics of Helvetica, but Unicode): names and addresses may have é, ł, µ
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float TITLE_SIZE = 14;
    private static final float HEADER_SIZE = 9;
    private static final float TABLE_SIZE = 8;
    private static final float SMALLEST_SIZE = 5.5f;
    private static final float PADDING = 3;
    private static final float LINE = 1.45f;
    private static final float FOOTER = 20;
    private static final String WIDEST_SCORE = "100.00";

    private ManifestPdf() {
    }

    public static byte[] write(Manifest manifest) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = font(document);
            new Writer(document, new Printable(font), manifest).write();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the manifest PDF", e);
        }
    }

    private static PDFont font(PDDocument document) throws IOException {
        try (InputStream ttf = PDDocument.class.getResourceAsStream(FONT)) {
            if (ttf == null) {
                throw new IOException(FONT + " is not on the class path");
            }
            return PDType0Font.load(document, ttf);
        }
    }

    /** Lays the manifest out over as many pages as it needs. */
    private static final class Writer {
        private final PDDocument document;
        private final Printable text;
        private final Manifest manifest;
        private final List<ManifestColumn> columns;
        private final List<ManifestHeaderLines.Line> headerLines;
        private final float size;
        private final float[] widths;
        private final float rowHeight;

        Writer(PDDocument document, Printable text, Manifest manifest) throws IOException {
            this.document = document;
            this.text = text;
            this.manifest = manifest;
            this.columns = ManifestColumn.of(manifest);
            this.headerLines = ManifestHeaderLines.of(manifest);
            float available = PAGE.getWidth() - 2 * MARGIN;
            float[] natural = naturalWidths(TABLE_SIZE);
            float total = sum(natural);
            // the text scales with the type size, the padding does not; a hair less than exact, so that
            // rounding cannot make the table wider than the page and cut every column short
            float padding = 2 * PADDING * natural.length;
            this.size = total <= available ? TABLE_SIZE : Math.max(SMALLEST_SIZE,
                    TABLE_SIZE * (available - padding) / (total - padding) * 0.995f);
            float[] scaled = naturalWidths(size);
            float scaledTotal = sum(scaled);
            if (scaledTotal > available) {
                // still too wide at the smallest size: every column gives up the same share
                for (int c = 0; c < scaled.length; c++) {
                    scaled[c] *= available / scaledTotal;
                }
            }
            this.widths = scaled;
            this.rowHeight = size * LINE + 2;
        }

        void write() throws IOException {
            float top = PAGE.getHeight() - MARGIN;
            float firstTableTop = top - TITLE_SIZE * LINE - headerLines.size() * HEADER_SIZE * LINE - HEADER_SIZE;
            float bottom = MARGIN + FOOTER;
            int onFirst = Math.max(0, (int) ((firstTableTop - bottom) / rowHeight) - 1);
            int onOthers = Math.max(1, (int) ((top - bottom) / rowHeight) - 1);
            List<List<ManifestRow>> pages = paginate(manifest.rows(), onFirst, onOthers);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = top;
                    if (p == 0) {
                        y = headerBlock(content, y);
                    }
                    table(content, y, pages.get(p));
                    footer(content, p + 1, pages.size());
                }
            }
        }

        private float headerBlock(PDPageContentStream content, float y) throws IOException {
            y -= TITLE_SIZE;
            show(content, MARGIN, y, TITLE_SIZE, ManifestHeaderLines.TITLE);
            y -= TITLE_SIZE * (LINE - 1) + HEADER_SIZE * 0.5f;
            float labelWidth = 0;
            for (ManifestHeaderLines.Line line : headerLines) {
                labelWidth = Math.max(labelWidth, text.width(line.label(), HEADER_SIZE));
            }
            float valueX = MARGIN + labelWidth + 12;
            float valueWidth = PAGE.getWidth() - MARGIN - valueX;
            for (ManifestHeaderLines.Line line : headerLines) {
                y -= HEADER_SIZE * LINE;
                show(content, MARGIN, y, HEADER_SIZE, line.label());
                show(content, valueX, y, HEADER_SIZE, text.fit(line.value(), HEADER_SIZE, valueWidth));
            }
            return y - HEADER_SIZE;
        }

        private void table(PDPageContentStream content, float top, List<ManifestRow> rows) throws IOException {
            float width = sum(widths);
            // the header row on a grey band
            content.setNonStrokingColor(0.85f, 0.85f, 0.85f);
            content.addRect(MARGIN, top - rowHeight, width, rowHeight);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            float y = top;
            y = row(content, y, columns.stream().map(ManifestColumn::header).toList());
            for (ManifestRow sample : rows) {
                y = row(content, y, columns.stream().map(c -> c.text(sample)).toList());
            }
            content.setStrokingColor(0.6f, 0.6f, 0.6f);
            content.setLineWidth(0.4f);
            content.moveTo(MARGIN, top);
            content.lineTo(MARGIN + width, top);
            content.moveTo(MARGIN, top - rowHeight);
            content.lineTo(MARGIN + width, top - rowHeight);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + width, y);
            content.stroke();
        }

        private float row(PDPageContentStream content, float y, List<String> cells) throws IOException {
            float baseline = y - rowHeight + (rowHeight - size) / 2 + size * 0.2f;
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                show(content, x + PADDING, baseline, size, text.fit(cells.get(c), size, widths[c] - 2 * PADDING));
                x += widths[c];
            }
            return y - rowHeight;
        }

        private void footer(PDPageContentStream content, int page, int pages) throws IOException {
            String left = ManifestHeaderLines.TITLE + " \u2013 request " + manifest.header().requestId()
                    + ", study " + manifest.header().studyCode() + ", shipped on " + manifest.header().shippedOn();
            String right = "page " + page + " of " + pages;
            show(content, MARGIN, MARGIN, 7, text.fit(left, 7, PAGE.getWidth() / 2));
            show(content, PAGE.getWidth() - MARGIN - text.width(right, 7), MARGIN, 7, right);
        }

        private void show(PDPageContentStream content, float x, float y, float fontSize, String line)
                throws IOException {
            if (line.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(text.font, fontSize);
            content.newLineAtOffset(x, y);
            content.showText(text.clean(line));
            content.endText();
        }

        private float[] naturalWidths(float fontSize) throws IOException {
            float[] natural = new float[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                ManifestColumn column = columns.get(c);
                float widest = text.width(column.header(), fontSize);
                if (column.kind() == ManifestColumn.Kind.SCORE) {
                    // a scale nobody could be scored on is as wide as the others, not a sliver
                    widest = Math.max(widest, text.width(WIDEST_SCORE, fontSize));
                }
                for (ManifestRow sample : manifest.rows()) {
                    widest = Math.max(widest, text.width(column.text(sample), fontSize));
                }
                natural[c] = widest + 2 * PADDING;
            }
            return natural;
        }
    }

    /** The rows of each page: {@code first} on the first (below the header lines), {@code others} on the rest. */
    static <T> List<List<T>> paginate(List<T> rows, int first, int others) {
        List<List<T>> pages = new ArrayList<>();
        pages.add(rows.subList(0, Math.min(first, rows.size())));
        for (int from = first; from < rows.size(); from += others) {
            pages.add(rows.subList(from, Math.min(from + others, rows.size())));
        }
        return pages;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }

    /** Text the font can show: a character it has no glyph for becomes "?", rather than failing the whole PDF. */
    static final class Printable {
        private final PDFont font;
        private final Map<Integer, Boolean> known = new HashMap<>();

        Printable(PDFont font) {
            this.font = font;
        }

        String clean(String text) {
            StringBuilder clean = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    clean.append(' ');
                } else if (known.computeIfAbsent(cp, this::canShow)) {
                    clean.appendCodePoint(cp);
                } else {
                    clean.append('?');
                }
            });
            return clean.toString();
        }

        float width(String text, float fontSize) throws IOException {
            return font.getStringWidth(clean(text)) / 1000 * fontSize;
        }

        /** The text, cut short with an ellipsis when it is wider than {@code max}. */
        String fit(String text, float fontSize, float max) throws IOException {
            String clean = clean(text);
            if (font.getStringWidth(clean) / 1000 * fontSize <= max) {
                return clean;
            }
            String shorter = clean;
            while (!shorter.isEmpty() && font.getStringWidth(shorter + "\u2026") / 1000 * fontSize > max) {
                shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
            }
            return shorter + "\u2026";
        }

        private boolean canShow(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
