package nl.databiobank.lims.barcode.symbol;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * An encoded barcode: the grid of dark and light modules, without quiet zone. A linear
 * symbol (Code 128) has one row; each dark module there is a full-height bar slice.
 */
public final class BarcodeSymbol {

    private final Symbology symbology;
    private final String data;
    private final int width;
    private final int height;
    private final BitSet dark;
    private final List<ModuleRun> runs;

    BarcodeSymbol(Symbology symbology, String data, int width, int height, BitSet dark) {
        this.symbology = symbology;
        this.data = data;
        this.width = width;
        this.height = height;
        this.dark = (BitSet) dark.clone();
        this.runs = Collections.unmodifiableList(findRuns());
    }

    public Symbology symbology() {
        return symbology;
    }

    /** The text the symbol encodes. */
    public String data() {
        return data;
    }

    /** Width in modules, quiet zone excluded. */
    public int widthModules() {
        return width;
    }

    /** Height in modules, quiet zone excluded; 1 for linear symbols. */
    public int heightModules() {
        return height;
    }

    public boolean isDark(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("Module (" + x + ", " + y + ") is outside the "
                    + width + " x " + height + " symbol");
        }
        return dark.get(y * width + x);
    }

    /** Every maximal horizontal run of dark modules, row by row, left to right. */
    public List<ModuleRun> darkRuns() {
        return runs;
    }

    private List<ModuleRun> findRuns() {
        List<ModuleRun> found = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!dark.get(y * width + x)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && dark.get(y * width + x)) {
                    x++;
                }
                found.add(new ModuleRun(start, y, x - start));
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return symbology + "[" + width + "x" + height + " modules: " + data + "]";
    }
}
