package nl.databiobank.lims.barcode.decode;

import com.google.zxing.common.BitMatrix;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Regions of a binarised image that may hold one square 2D symbol each, found from blobs of ink.
 *
 * <p>ZXing's DataMatrix detector grows a white frame outward from the centre of the region it
 * is handed; on a sheet of labels, started between symbols, it catches a line of text and
 * gives up. Handing it one region per blob puts each symbol at the centre of its own search.
 * Blobs are built in two steps: ink connected at a 2-pixel grain, then blobs whose outlines
 * touch or overlap become one (the L-shaped finder of a DataMatrix spans the whole symbol, so
 * its loose inner modules join it). Blobs that are far from square are lines of text or bars
 * of linear codes, which {@link LinearScanner} reads; they are not returned.
 */
final class SymbolCandidates {

    private static final int GRAIN = 2;
    private static final int SMALLEST_SYMBOL = 10;

    private SymbolCandidates() {
    }

    static List<Rectangle> find(BitMatrix black) {
        int width = (black.getWidth() + GRAIN - 1) / GRAIN;
        int height = (black.getHeight() + GRAIN - 1) / GRAIN;
        boolean[] ink = new boolean[width * height];
        for (int y = 0; y < black.getHeight(); y++) {
            for (int x = 0; x < black.getWidth(); x++) {
                if (black.get(x, y)) {
                    ink[(y / GRAIN) * width + x / GRAIN] = true;
                }
            }
        }
        List<Rectangle> blobs = Blobs.outlines(ink, width, height);
        blobs = Blobs.outlines(Blobs.fill(blobs, width, height), width, height);
        List<Rectangle> candidates = new ArrayList<>();
        for (Rectangle blob : blobs) {
            Rectangle pixels = new Rectangle(blob.x * GRAIN, blob.y * GRAIN, blob.width * GRAIN, blob.height * GRAIN);
            int longer = Math.max(pixels.width, pixels.height);
            int shorter = Math.min(pixels.width, pixels.height);
            if (shorter >= SMALLEST_SYMBOL && longer * 2 <= shorter * 3) {
                candidates.add(pixels);
            }
        }
        return candidates;
    }
}
