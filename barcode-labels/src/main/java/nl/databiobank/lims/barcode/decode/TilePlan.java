package nl.databiobank.lims.barcode.decode;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * The regions of an image to search, whole image first, then overlapping square tiles of
 * halving size. ZXing's DataMatrix detector finds one symbol growing out from the centre of
 * the region it is given, and its multi-reader only recurses a few levels, so a sheet or a
 * rack with dozens of symbols is only read completely when some tile has each symbol near
 * its centre; half-tile steps guarantee that for symbols up to half a tile wide.
 */
final class TilePlan {

    private TilePlan() {
    }

    static List<Rectangle> regions(int width, int height, int smallestTile) {
        List<Rectangle> regions = new ArrayList<>();
        regions.add(new Rectangle(0, 0, width, height));
        int tile = Integer.highestOneBit(Math.max(width, height) - 1);
        for (; tile >= smallestTile; tile /= 2) {
            if (tile >= width && tile >= height) {
                continue;
            }
            int step = tile / 2;
            for (int y = 0; y < height - step || y == 0; y += step) {
                for (int x = 0; x < width - step || x == 0; x += step) {
                    // Tiles at the right and bottom edge are shifted in, not cut short.
                    int left = Math.max(0, Math.min(x, width - tile));
                    int top = Math.max(0, Math.min(y, height - tile));
                    regions.add(new Rectangle(left, top, Math.min(tile, width), Math.min(tile, height)));
                }
            }
        }
        return regions;
    }
}
