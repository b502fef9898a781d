package nl.databiobank.lims.storage.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * Compares a scanned rack with what the LIMS has in the box, to verify a box without moving anything:
 * the technician gets one report of every difference instead of finding them tube by tube.
 */
public final class RackReconciliation {

    private RackReconciliation() {
    }

    /**
     * @param expected      what the LIMS has in the box: position to tube barcode
     * @param scanned       what the scanner saw, as {@link RackScanFile} read it
     * @param isKnownSample whether the LIMS knows a barcode at all; asked only for barcodes not in {@code expected}
     */
    public static Reconciliation reconcile(Map<GridPosition, String> expected, List<ScannedTube> scanned,
                                           Predicate<String> isKnownSample) {
        Map<GridPosition, String> expectedTubes = new HashMap<>();
        Map<String, GridPosition> expectedPositions = new HashMap<>();
        expected.forEach((position, tube) -> {
            String barcode = ScannedTube.normalised(tube);
            expectedTubes.put(position, barcode);
            expectedPositions.putIfAbsent(barcode, position);
        });

        List<Reconciliation.TubeAt> matches = new ArrayList<>();
        List<Reconciliation.Misplaced> wrongPosition = new ArrayList<>();
        List<Reconciliation.TubeAt> notInThisBox = new ArrayList<>();
        List<Reconciliation.TubeAt> unknown = new ArrayList<>();
        List<Reconciliation.Unreadable> unreadable = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScannedTube tube : scanned) {
            GridPosition position = tube.position();
            if (tube.state() == ScannedTube.State.UNREADABLE) {
                String expectedHere = expectedTubes.get(position);
                unreadable.add(new Reconciliation.Unreadable(position, expectedHere));
                if (expectedHere != null) {
                    seen.add(expectedHere); // likely the unread tube: reported as unreadable, not as missing
                }
                continue;
            }
            if (!tube.hasBarcode()) {
                continue;
            }
            String barcode = tube.barcode();
            seen.add(barcode);
            GridPosition home = expectedPositions.get(barcode);
            if (position.equals(home)) {
                matches.add(new Reconciliation.TubeAt(position, barcode));
            } else if (home != null) {
                wrongPosition.add(new Reconciliation.Misplaced(barcode, home, position));
            } else if (isKnownSample.test(barcode)) {
                notInThisBox.add(new Reconciliation.TubeAt(position, barcode));
            } else {
                unknown.add(new Reconciliation.TubeAt(position, barcode));
            }
        }
        List<Reconciliation.TubeAt> missing = new ArrayList<>();
        expectedTubes.forEach((position, tube) -> {
            if (!seen.contains(tube)) {
                missing.add(new Reconciliation.TubeAt(position, tube));
            }
        });

        Comparator<Reconciliation.TubeAt> byPosition =
                Comparator.comparing(Reconciliation.TubeAt::position, PositionOrder.ROW_THEN_COLUMN);
        matches.sort(byPosition);
        notInThisBox.sort(byPosition);
        unknown.sort(byPosition);
        missing.sort(byPosition);
        wrongPosition.sort(Comparator.comparing(Reconciliation.Misplaced::scanned, PositionOrder.ROW_THEN_COLUMN));
        unreadable.sort(Comparator.comparing(Reconciliation.Unreadable::position, PositionOrder.ROW_THEN_COLUMN));
        return new Reconciliation(matches, wrongPosition, notInThisBox, unknown, missing, unreadable);
    }
}
