package nl.databiobank.lims.storage.control;

import java.util.Locale;
import java.util.Set;

/**
 * The words scanners write in place of a barcode. VisionMate writes "No Tube" for an empty position
 * and "No Read" for a tube whose code it could not decode (both its defaults); other software writes
 * them in capitals ("NO READ"), without the space ("NOTUBE"), or leaves an empty position blank.
 */
enum ScanWord {
    BARCODE, NO_TUBE, NO_READ;

    private static final Set<String> NO_TUBE_WORDS = Set.of("", "NOTUBE");
    private static final Set<String> NO_READ_WORDS = Set.of("NOREAD");

    static ScanWord of(String text) {
        String word = text.toUpperCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        if (NO_TUBE_WORDS.contains(word)) {
            return NO_TUBE;
        }
        return NO_READ_WORDS.contains(word) ? NO_READ : BARCODE;
    }
}
