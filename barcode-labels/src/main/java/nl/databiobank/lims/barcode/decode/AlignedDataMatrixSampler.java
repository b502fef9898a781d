package nl.databiobank.lims.barcode.decode;

import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.datamatrix.decoder.Decoder;
import java.awt.Rectangle;
import java.util.Optional;

/**
 * Reads an upright DataMatrix, as on a scanned sheet or a rendered label, straight from its
 * outline: the solid L gives the left and bottom edges, the dotted timing pattern the top and
 * right edges and, by counting its runs, the number of modules. ZXing's detector rejects some
 * such symbols when the module size is not a whole number of pixels; sampling at the exact
 * fractional module size reads them. Tilted symbols are left to the detector.
 */
final class AlignedDataMatrixSampler {

    private final BitMatrix black;

    AlignedDataMatrixSampler(BitMatrix black) {
        this.black = black;
    }

    Optional<String> read(Rectangle blob) {
        Rectangle symbol = inkBounds(blob);
        if (symbol == null || symbol.width < 10 || symbol.height < 10) {
            return Optional.empty();
        }
        // Count along the middle of the timing pattern's modules, found by first counting
        // close to the edge; edge pixels are the ones blur and the binariser disturb most.
        int roughColumns = runs(symbol.x, symbol.y + 1, 1, 0, symbol.width);
        if (roughColumns < 2) {
            return Optional.empty();
        }
        int right = symbol.x + symbol.width - 1 - symbol.width / roughColumns / 2;
        int rows = runs(right, symbol.y, 0, 1, symbol.height);
        if (rows < 2) {
            return Optional.empty();
        }
        int columns = runs(symbol.x, symbol.y + symbol.height / rows / 2, 1, 0, symbol.width);
        if (columns < 10 || rows < 8 || columns % 2 != 0 || rows % 2 != 0
                || symbol.width < columns * 2 || symbol.height < rows * 2) {
            return Optional.empty();
        }
        double moduleWidth = symbol.width / (double) columns;
        double moduleHeight = symbol.height / (double) rows;
        BitMatrix bits = new BitMatrix(columns, rows);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int x = (int) (symbol.x + (column + 0.5) * moduleWidth);
                int y = (int) (symbol.y + (row + 0.5) * moduleHeight);
                if (black.get(x, y)) {
                    bits.set(column, row);
                }
            }
        }
        try {
            DecoderResult result = new Decoder().decode(bits);
            return Optional.ofNullable(result.getText());
        } catch (FormatException | ChecksumException | IllegalArgumentException notADataMatrix) {
            return Optional.empty();
        }
    }

    /** The bounding box of the dark pixels in the blob's region. */
    private Rectangle inkBounds(Rectangle blob) {
        Rectangle region = blob.intersection(new Rectangle(0, 0, black.getWidth(), black.getHeight()));
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = region.y; y < region.y + region.height; y++) {
            for (int x = region.x; x < region.x + region.width; x++) {
                if (black.get(x, y)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /**
     * Runs of equal colour along a line of {@code length} pixels; a timing pattern has one per
     * module. Runs shorter than half the average are noise at an edge and do not count.
     */
    private int runs(int x, int y, int dx, int dy, int length) {
        int[] lengths = new int[length];
        int count = 0;
        boolean previous = !black.get(x, y);
        for (int i = 0; i < length; i++) {
            boolean dark = black.get(x + i * dx, y + i * dy);
            if (dark != previous) {
                count++;
                previous = dark;
            }
            lengths[count - 1]++;
        }
        double shortest = length / (double) count / 2;
        int counted = 0;
        for (int i = 0; i < count; i++) {
            if (lengths[i] >= shortest) {
                counted++;
            }
        }
        return counted;
    }
}
