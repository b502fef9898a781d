package nl.databiobank.lims.barcode.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Barcodes found so far, without the duplicates that overlapping tiles produce. Two findings
 * are one barcode when text and symbology agree and their centres lie within one symbol size
 * of each other; the same text far apart is two labels and reported twice.
 */
final class Detections {

    private final List<DecodedBarcode> found = new ArrayList<>();

    void add(DecodedBarcode candidate) {
        for (int i = 0; i < found.size(); i++) {
            DecodedBarcode known = found.get(i);
            if (isSameSymbol(known, candidate)) {
                // Keep the larger outline: a linear code read on several rows spans more of it.
                if (area(candidate) > area(known)) {
                    found.set(i, new DecodedBarcode(known.symbology(), known.text(), known.bounds().union(candidate.bounds())));
                }
                return;
            }
        }
        found.add(candidate);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<DecodedBarcode> inReadingOrder() {
        List<DecodedBarcode> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingDouble(DecodedBarcode::centerY).thenComparingDouble(DecodedBarcode::centerX));
        return List.copyOf(ordered);
    }

    private static boolean isSameSymbol(DecodedBarcode a, DecodedBarcode b) {
        if (a.symbology() != b.symbology() || !a.text().equals(b.text())) {
            return false;
        }
        double size = Math.max(Math.max(a.bounds().width, a.bounds().height), Math.max(b.bounds().width, b.bounds().height));
        return Math.hypot(a.centerX() - b.centerX(), a.centerY() - b.centerY()) <= Math.max(size, 8);
    }

    private static long area(DecodedBarcode barcode) {
        return (long) barcode.bounds().width * Math.max(1, barcode.bounds().height);
    }
}
