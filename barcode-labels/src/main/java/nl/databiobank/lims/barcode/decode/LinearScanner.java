package nl.databiobank.lims.barcode.decode;

import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.oned.Code128Reader;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.databiobank.lims.barcode.symbol.Symbology;

/**
 * Reads every Code 128 symbol by scanning lines of the image, as a laser scanner
 * does: along rows and along columns, in both directions, and on past each symbol found to
 * the next one on the same line. ZXing's own readers stop at the first symbol of a line, and
 * its multi-reader recurses only a few levels, which misses most codes on a sheet of labels.
 * A symbol counts only when read on at least two lines, which keeps out the rare accidental
 * "symbol" in a line of text.
 */
final class LinearScanner {

    private static final int LINE_STEP = 3;
    private static final int MIN_LINES = 2;

    private final Code128Reader reader = new Code128Reader();
    private final Map<DecodeHintType, ?> hints;
    private final Map<String, List<Rectangle>> hits = new LinkedHashMap<>();

    LinearScanner(Map<DecodeHintType, ?> hints) {
        this.hints = hints;
    }

    List<DecodedBarcode> scan(LuminanceSource image) {
        // The row binariser of ZXing's 1D readers: a threshold per line keeps one-pixel bars
        // that the block-wise 2D binariser thins away.
        GlobalHistogramBinarizer rows = new GlobalHistogramBinarizer(image);
        for (int y = 0; y < image.getHeight(); y += LINE_STEP) {
            int row = y;
            blackLine(rows, y).ifPresent(line -> scanLine(line, position -> new Rectangle(position, row, 1, 1)));
        }
        // Columns are the rows of the image turned a quarter left: row r is column width - 1 - r.
        GlobalHistogramBinarizer columns = new GlobalHistogramBinarizer(image.rotateCounterClockwise());
        int width = image.getWidth();
        for (int r = 0; r < width; r += LINE_STEP) {
            int column = width - 1 - r;
            blackLine(columns, r).ifPresent(line -> scanLine(line, position -> new Rectangle(column, position, 1, 1)));
        }
        List<DecodedBarcode> found = new ArrayList<>();
        hits.forEach((text, places) -> found.addAll(group(text, places)));
        return found;
    }

    private static Optional<BitArray> blackLine(GlobalHistogramBinarizer binarizer, int y) {
        try {
            return Optional.of(binarizer.getBlackRow(y, null));
        } catch (NotFoundException flatLine) {
            return Optional.empty();
        }
    }

    /** Scans one line forward and backward (a symbol upside down reads backward). */
    private void scanLine(BitArray line, PointMapper mapper) {
        scanDirection(line, mapper);
        BitArray reversed = line.clone();
        reversed.reverse();
        int size = line.getSize();
        scanDirection(reversed, position -> mapper.map(size - 1 - position));
    }

    private void scanDirection(BitArray line, PointMapper mapper) {
        BitArray rest = line;
        while (true) {
            Result result;
            try {
                result = reader.decodeRow(0, rest, hints);
            } catch (NotFoundException e) {
                return;
            } catch (ReaderException e) {
                // A start pattern that did not decode: look past it.
                int next = rest.getNextSet(rest.getNextUnset(rest.getNextSet(0)));
                if (next >= rest.getSize()) {
                    return;
                }
                rest = clearedBefore(rest, next);
                continue;
            }
            int start = Math.round(result.getResultPoints()[0].getX());
            int end = Math.round(result.getResultPoints()[1].getX());
            record(result.getText(), mapper.map(start).union(mapper.map(end)));
            rest = clearedBefore(rest, end + 1);
        }
    }

    private void record(String text, Rectangle place) {
        hits.computeIfAbsent(text, k -> new ArrayList<>()).add(place);
    }

    /**
     * Hits of one text are one symbol where they overlap or nearly touch, else separate
     * labels that happen to carry the same text; a symbol seen on one line only is dropped.
     */
    private static List<DecodedBarcode> group(String text, List<Rectangle> places) {
        List<Rectangle> symbols = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Rectangle place : places) {
            int match = -1;
            for (int i = 0; i < symbols.size() && match < 0; i++) {
                Rectangle near = new Rectangle(symbols.get(i));
                near.grow(LINE_STEP * 2, LINE_STEP * 2);
                if (near.intersects(place)) {
                    match = i;
                }
            }
            if (match < 0) {
                symbols.add(new Rectangle(place));
                lines.add(1);
            } else {
                symbols.set(match, symbols.get(match).union(place));
                lines.set(match, lines.get(match) + 1);
            }
        }
        List<DecodedBarcode> found = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) {
            if (lines.get(i) >= MIN_LINES) {
                found.add(new DecodedBarcode(Symbology.CODE_128, text, symbols.get(i)));
            }
        }
        return found;
    }

    /** A copy of {@code line} with every module before {@code position} light. */
    private static BitArray clearedBefore(BitArray line, int position) {
        BitArray copy = line.clone();
        int[] words = copy.getBitArray();
        int end = Math.min(position, copy.getSize());
        for (int word = 0; word < end / 32; word++) {
            words[word] = 0;
        }
        if (end % 32 != 0) {
            words[end / 32] &= -1 << (end % 32);
        }
        return copy;
    }

    @FunctionalInterface
    private interface PointMapper {
        Rectangle map(int position);
    }
}
