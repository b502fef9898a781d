package nl.databiobank.lims.storage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.databiobank.lims.storage.control.Reconciliation.Misplaced;
import nl.databiobank.lims.storage.control.Reconciliation.TubeAt;
import nl.databiobank.lims.storage.control.Reconciliation.Unreadable;
import nl.databiobank.lims.storage.entity.GridPosition;
import org.junit.jupiter.api.Test;

class RackReconciliationTest {

    private static GridPosition at(String name) {
        return GridPosition.parseOrNull(name);
    }

    @Test
    void reportsEveryKindOfDifferenceAtOnceInBoxOrder() {
        Map<GridPosition, String> inTheLims = Map.of(
                at("A1"), "S000001001N",
                at("A2"), "S000001002L",
                at("A3"), "S000001003J",
                at("B1"), "S000001093K",
                at("B2"), "S000001094I",
                at("C3"), "s000001095g ");
        // in the order of a file sorted by column, to see that the report is in box order all the same
        List<ScannedTube> rack = List.of(
                ScannedTube.read(2, at("A1"), "S000001001N"),
                ScannedTube.unreadable(3, at("B1")),
                ScannedTube.read(4, at("C1"), "S000001094I"),
                ScannedTube.read(5, at("A2"), "S000000777H"),
                ScannedTube.empty(6, at("B2")),
                ScannedTube.unreadable(7, at("C2")),
                ScannedTube.read(8, at("A3"), "S000009999U"),
                ScannedTube.read(9, at("B3"), "S000001002L"),
                ScannedTube.read(10, at("C3"), "S000001095G"));
        Set<String> knownElsewhere = Set.of("S000000777H");
        List<String> asked = new ArrayList<>();
        Predicate<String> isKnownSample = barcode -> {
            asked.add(barcode);
            return knownElsewhere.contains(barcode);
        };

        Reconciliation report = RackReconciliation.reconcile(inTheLims, rack, isKnownSample);

        assertEquals(List.of(new TubeAt(at("A1"), "S000001001N"), new TubeAt(at("C3"), "S000001095G")),
                report.matches());
        assertEquals(List.of(new Misplaced("S000001002L", at("A2"), at("B3")),
                new Misplaced("S000001094I", at("B2"), at("C1"))), report.wrongPosition());
        assertEquals(List.of(new TubeAt(at("A2"), "S000000777H")), report.notInThisBox());
        assertEquals(List.of(new TubeAt(at("A3"), "S000009999U")), report.unknown());
        // B1's tube is not reported missing: its position was unreadable, so it is likely there
        assertEquals(List.of(new TubeAt(at("A3"), "S000001003J")), report.missing());
        assertEquals(List.of(new Unreadable(at("B1"), "S000001093K"), new Unreadable(at("C2"), null)),
                report.unreadable());
        assertFalse(report.clean());
        assertEquals(List.of("S000000777H", "S000009999U"), asked, "only barcodes foreign to the box are looked up");
    }

    @Test
    void aRackExactlyAsTheLimsHasItIsClean() {
        Map<GridPosition, String> inTheLims = Map.of(at("A1"), "S000001001N", at("H12"), "S000001002L");
        List<ScannedTube> rack = List.of(ScannedTube.read(2, at("A1"), "S000001001N"), ScannedTube.empty(3, at("A2")),
                ScannedTube.read(97, at("H12"), "S000001002L"));

        Reconciliation report = RackReconciliation.reconcile(inTheLims, rack, barcode -> {
            throw new AssertionError("nothing foreign to look up: " + barcode);
        });

        assertTrue(report.clean());
        assertEquals(2, report.matches().size());
    }

    @Test
    void anEmptyRackMissesEveryTube() {
        Map<GridPosition, String> inTheLims = Map.of(at("B1"), "S000001002L", at("A1"), "S000001001N");

        Reconciliation report = RackReconciliation.reconcile(inTheLims,
                List.of(ScannedTube.empty(2, at("A1")), ScannedTube.empty(3, at("B1"))), barcode -> true);

        assertEquals(List.of(new TubeAt(at("A1"), "S000001001N"), new TubeAt(at("B1"), "S000001002L")),
                report.missing());
        assertFalse(report.clean());
    }
}
