package nl.databiobank.lims.storage.control;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of an uploaded text file, numbered from 1 as a text editor numbers them, whatever wrote
 * the file: a byte-order mark is dropped (Excel writes one), and CRLF, LF and a lone CR all end a
 * line. Lines are handed out one at a time, so that reading stops where the caller stops.
 */
final class NumberedLines implements Iterable<NumberedLines.Line> {

    /** One line of the file, without its line end. */
    record Line(int number, String text) {

        /** Nothing but whitespace and separators, as Excel writes below a sheet's last row (";;;"). */
        boolean isBlank() {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && c != ',' && c != ';' && c != '"') {
                    return false;
                }
            }
            return true;
        }
    }

    private final String text;

    private NumberedLines(String text) {
        this.text = text;
    }

    static NumberedLines of(byte[] file) {
        return new NumberedLines(decode(file));
    }

    private static String decode(byte[] file) {
        if (startsWith(file, 0xEF, 0xBB, 0xBF)) {
            return text(file, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(file, 0xFF, 0xFE)) {
            return text(file, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(file, 0xFE, 0xFF)) {
            return text(file, 2, StandardCharsets.UTF_16BE);
        }
        // barcodes and headers are ASCII, so a file in Windows-1252 reads the same as UTF-8 where it matters
        return text(file, 0, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] file, int... bom) {
        if (file.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((file[i] & 0xFF) != bom[i]) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] file, int offset, Charset charset) {
        return new String(file, offset, file.length - offset, charset);
    }

    @Override
    public Iterator<Line> iterator() {
        return new Iterator<>() {
            private int next;
            private int number;

            @Override
            public boolean hasNext() {
                return next < text.length();
            }

            @Override
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int start = next;
                int end = start;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                next = end + 1;
                if (end < text.length() && text.charAt(end) == '\r' && next < text.length()
                        && text.charAt(next) == '\n') {
                    next++;
                }
                number++;
                return new Line(number, text.substring(start, end));
            }
        };
    }
}
