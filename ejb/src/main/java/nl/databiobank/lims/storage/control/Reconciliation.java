package nl.databiobank.lims.storage.control;

import java.util.List;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * What a scanned rack says about a box the LIMS knows: which tubes are where they belong, and every
 * way in which the rack and the LIMS disagree. Each list is in box order (row, then column) of the
 * position where the technician will look.
 *
 * @param matches       tubes scanned at the position the LIMS has them at
 * @param wrongPosition tubes of this box scanned at another position of it (sorted by scanned position)
 * @param notInThisBox  samples the LIMS knows, scanned here, but that it has in another box or in none
 * @param unknown       barcodes the LIMS does not know at all
 * @param missing       tubes the LIMS has in this box that were scanned nowhere in the rack, and whose
 *                      own position was not unreadable
 * @param unreadable    positions with a tube whose barcode the scanner could not read, with the tube the
 *                      LIMS expects there, if any
 */
public record Reconciliation(List<TubeAt> matches, List<Misplaced> wrongPosition, List<TubeAt> notInThisBox,
                             List<TubeAt> unknown, List<TubeAt> missing, List<Unreadable> unreadable) {

    /** A tube and a position: where it was scanned, or, for {@code missing}, where the LIMS has it. */
    public record TubeAt(GridPosition position, String tube) {
    }

    /** A tube of this box scanned at another position than the LIMS has it at. */
    public record Misplaced(String tube, GridPosition expected, GridPosition scanned) {
    }

    /** A position the scanner could not read, and the tube the LIMS has there (null when none). */
    public record Unreadable(GridPosition position, String expectedTube) {
    }

    public Reconciliation {
        matches = List.copyOf(matches);
        wrongPosition = List.copyOf(wrongPosition);
        notInThisBox = List.copyOf(notInThisBox);
        unknown = List.copyOf(unknown);
        missing = List.copyOf(missing);
        unreadable = List.copyOf(unreadable);
    }

    /** Whether the rack is exactly what the LIMS has in the box: matches only. */
    public boolean clean() {
        return wrongPosition.isEmpty() && notInThisBox.isEmpty() && unknown.isEmpty() && missing.isEmpty()
                && unreadable.isEmpty();
    }
}
