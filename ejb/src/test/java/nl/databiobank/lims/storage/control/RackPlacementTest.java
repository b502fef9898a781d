package nl.databiobank.lims.storage.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.storage.entity.GridPosition;
import org.junit.jupiter.api.Test;

class RackPlacementTest {

    private static GridPosition at(String name) {
        return GridPosition.parseOrNull(name);
    }

    @Test
    void placesEveryReadTubeInBoxOrderAndLeavesEmptyPositionsOut() {
        List<ScannedTube> rack = List.of(
                ScannedTube.read(2, at("B1"), "S000001002L"),
                ScannedTube.empty(3, at("A2")),
                ScannedTube.read(4, at("A1"), "S000001001N"),
                ScannedTube.read(5, at("A10"), "S000001003J"));

        Map<GridPosition, String> placement = RackPlacement.tubesByPosition(rack);

        assertEquals(List.of(at("A1"), at("A10"), at("B1")), List.copyOf(placement.keySet()));
        assertEquals(Map.of(at("A1"), "S000001001N", at("A10"), "S000001003J", at("B1"), "S000001002L"), placement);
    }

    @Test
    void refusesEveryUnreadablePositionWithItsLine() {
        List<ScannedTube> rack = List.of(
                ScannedTube.read(2, at("A1"), "S000001001N"),
                ScannedTube.unreadable(7, at("C2")),
                ScannedTube.unreadable(4, at("A3")));

        List<RackScanProblem> problems =
                assertThrows(RackScanRefused.class, () -> RackPlacement.tubesByPosition(rack)).problems();

        assertEquals(List.of(4, 7), problems.stream().map(RackScanProblem::line).toList());
        assertEquals("rackScan.tube.unreadable", problems.get(0).key());
        assertEquals("tube", problems.get(0).field());
        assertArrayEquals(new Object[] {"A3"}, problems.get(0).arguments());
    }

    @Test
    void aVisionMateExportWithANoReadCannotBePlaced() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("visionmate-96.csv")) {
            file = in.readAllBytes();
        }
        RackScan scan = RackScanFile.read(file, 8, 12);

        RackScanRefused refused = assertThrows(RackScanRefused.class, () -> RackPlacement.tubesByPosition(scan.tubes()));

        assertEquals(1, refused.problems().size());
        assertEquals(85, refused.problems().get(0).line());
        assertArrayEquals(new Object[] {"G12"}, refused.problems().get(0).arguments());
    }

    @Test
    void aFullRackIsPlacedWhole() {
        List<ScannedTube> rack = List.of(ScannedTube.read(2, at("A1"), "S000001001N"),
                ScannedTube.read(3, at("A2"), "S000001002L"));

        assertEquals(2, RackPlacement.tubesByPosition(rack).size());
    }
}
