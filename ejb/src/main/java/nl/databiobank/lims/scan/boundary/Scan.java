package nl.databiobank.lims.scan.boundary;

import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.platform.boundary.BarcodeKind;
import nl.databiobank.lims.platform.boundary.Barcodes;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * One scan (or typed entry) read: what it names and its normalised value, the barcode (upper case, no
 * line end) or the position name ({@code A1}).
 */
public record Scan(ScanKind kind, String value) {

    /** Positions are typed, never printed: at most a letter and two digits ({@code A5}, {@code A05}, {@code H12}). */
    static final int MAX_POSITION_LENGTH = 3;

    /**
     * Reads what was scanned or typed. With {@code positions} (a box is open), a short entry such as
     * {@code A5} names a position of that box; every barcode of ours is longer. Throws the 400 of
     * {@link Barcodes#parse}: a wrong check character, a malformed scan, or a prefix that names nothing.
     */
    public static Scan read(String scanned, boolean positions) {
        String typed = scanned == null ? "" : scanned.strip();
        if (positions && typed.length() <= MAX_POSITION_LENGTH) {
            GridPosition position = GridPosition.parseOrNull(typed);
            if (position != null) {
                return new Scan(ScanKind.POSITION, position.name());
            }
        }
        Identifier identifier = Barcodes.parse(typed, "scan", BarcodeKind.values());
        ScanKind kind = switch (Barcodes.kindOf(identifier)) {
            case SAMPLE, KIT_TUBE -> ScanKind.TUBE;
            case BOX -> ScanKind.BOX;
            case RACK -> ScanKind.RACK;
            case FREEZER -> ScanKind.FREEZER;
            case PARTICIPANT -> ScanKind.PARTICIPANT;
        };
        return new Scan(kind, identifier.value());
    }
}
