package nl.databiobank.lims.storage.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * Which tube goes where when a scanned rack is placed into a box. Empty positions place nothing. An
 * unreadable position refuses the placement: a tube stands there whose identity nobody knows, and a
 * box stored with a tube the LIMS cannot name breaks the chain of custody (DESIGN.md rule 2).
 */
public final class RackPlacement {

    private RackPlacement() {
    }

    /**
     * @return position to tube barcode, in box order (row, then column)
     * @throws RackScanRefused with a {@code rackScan.tube.unreadable} problem for every unreadable position
     */
    public static Map<GridPosition, String> tubesByPosition(List<ScannedTube> scanned) {
        List<RackScanProblem> problems = new ArrayList<>();
        List<ScannedTube> placed = new ArrayList<>();
        for (ScannedTube tube : scanned) {
            if (tube.state() == ScannedTube.State.UNREADABLE) {
                problems.add(new RackScanProblem(tube.line(), RackScanProblem.TUBE, "rackScan.tube.unreadable",
                        tube.position().name()));
            } else if (tube.hasBarcode()) {
                placed.add(tube);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RackScanProblem::line));
            throw new RackScanRefused(problems);
        }
        placed.sort(Comparator.comparing(ScannedTube::position, PositionOrder.ROW_THEN_COLUMN));
        Map<GridPosition, String> tubes = new LinkedHashMap<>();
        for (ScannedTube tube : placed) {
            if (tubes.putIfAbsent(tube.position(), tube.barcode()) != null) {
                throw new IllegalArgumentException("Position " + tube.position() + " is scanned twice");
            }
        }
        return Collections.unmodifiableMap(tubes);
    }
}
