package nl.databiobank.lims.storage.control;

import java.util.Locale;
import java.util.Objects;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * What a rack scanner saw at one position of a box, with the file line it came from, so that a
 * problem found later (an unreadable tube when placing) can still point at that line. A scanner
 * tells an empty position ("No Tube") from a tube whose 2D code it could not read ("No Read"): the
 * first is nothing, the second is a tube of unknown identity, and the two must never be confused.
 *
 * @param line     the line of the file, from 1, as a text editor numbers it
 * @param position the position in the box
 * @param barcode  the tube barcode, trimmed and in upper case; null unless {@code state} is {@link State#READ}
 * @param state    whether a barcode was read, the position is empty, or a tube is there that could not be read
 */
public record ScannedTube(int line, GridPosition position, String barcode, State state) {

    /** What the scanner saw at a position. */
    public enum State {
        /** A tube, and its barcode was read. */
        READ,
        /** No tube at this position. */
        EMPTY,
        /** A tube is there, but its barcode could not be read. */
        UNREADABLE
    }

    public ScannedTube {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(state, "state");
        if ((state == State.READ) != (barcode != null)) {
            throw new IllegalArgumentException("A barcode goes with a read tube, and only with a read tube: "
                    + state + " " + barcode);
        }
        if (barcode != null) {
            barcode = normalised(barcode);
        }
    }

    public static ScannedTube read(int line, GridPosition position, String barcode) {
        return new ScannedTube(line, position, Objects.requireNonNull(barcode, "barcode"), State.READ);
    }

    public static ScannedTube empty(int line, GridPosition position) {
        return new ScannedTube(line, position, null, State.EMPTY);
    }

    public static ScannedTube unreadable(int line, GridPosition position) {
        return new ScannedTube(line, position, null, State.UNREADABLE);
    }

    /** Whether a barcode was read here. */
    public boolean hasBarcode() {
        return state == State.READ;
    }

    /** A barcode as it is compared everywhere: trimmed and in upper case, as the identifier scheme reads it. */
    static String normalised(String barcode) {
        return barcode.strip().toUpperCase(Locale.ROOT);
    }
}
