package nl.databiobank.lims.barcode.decode;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Connected components of a boolean grid, by outline only; the grid is small, so plain arrays. */
final class Blobs {

    private Blobs() {
    }

    /** The bounding box of every 8-connected group of set cells. */
    static List<Rectangle> outlines(boolean[] set, int width, int height) {
        boolean[] seen = new boolean[set.length];
        int[] stack = new int[set.length];
        List<Rectangle> outlines = new ArrayList<>();
        for (int start = 0; start < set.length; start++) {
            if (!set[start] || seen[start]) {
                continue;
            }
            int minX = width;
            int minY = height;
            int maxX = -1;
            int maxY = -1;
            int size = 0;
            stack[size++] = start;
            seen[start] = true;
            while (size > 0) {
                int cell = stack[--size];
                int x = cell % width;
                int y = cell / width;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && nx < width && ny >= 0 && ny < height) {
                            int neighbour = ny * width + nx;
                            if (set[neighbour] && !seen[neighbour]) {
                                seen[neighbour] = true;
                                stack[size++] = neighbour;
                            }
                        }
                    }
                }
            }
            outlines.add(new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1));
        }
        return outlines;
    }

    /** A grid with every outline filled solid. */
    static boolean[] fill(List<Rectangle> outlines, int width, int height) {
        boolean[] filled = new boolean[width * height];
        for (Rectangle r : outlines) {
            for (int y = r.y; y < r.y + r.height; y++) {
                Arrays.fill(filled, y * width + r.x, y * width + r.x + r.width, true);
            }
        }
        return filled;
    }
}
