package nl.databiobank.lims.storage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.databiobank.lims.platform.boundary.BarcodeKind;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.storage.control.RackPlacement;
import nl.databiobank.lims.storage.control.RackReconciliation;
import nl.databiobank.lims.storage.control.RackScan;
import nl.databiobank.lims.storage.control.RackScanFile;
import nl.databiobank.lims.storage.control.RackScanProblem;
import nl.databiobank.lims.storage.control.RackScanRefused;
import nl.databiobank.lims.storage.control.Reconciliation;
import nl.databiobank.lims.storage.control.ScannedTube;
import nl.databiobank.lims.storage.entity.Box;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * A 2D rack-scanner export applied to a box: "place" stores every tube at its position, all or
 * nothing; "verify" compares the file with what the LIMS says is in the box and changes nothing.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
public class RackScanService {

    public static final int MAX_BYTES = 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @EJB
    StorageService storage;

    public RackPlaced place(String boxScan, byte[] file) {
        Box box = storage.box(boxScan);
        RackScan scan = read(box, file);
        Map<GridPosition, String> wanted;
        try {
            wanted = RackPlacement.tubesByPosition(scan.tubes());
        } catch (RackScanRefused refused) {
            throw new RackScanRejected(refused.problems());
        }
        Map<String, Sample> known = known(wanted.values());
        Map<String, Integer> lines = lines(scan);
        Map<GridPosition, String> occupants = new HashMap<>();
        storage.contents(box.getBarcode()).slots().stream().filter(slot -> !slot.isFree())
                .forEach(slot -> occupants.put(GridPosition.parseOrNull(slot.position()), slot.sample()));
        List<RackScanProblem> problems = new ArrayList<>();
        wanted.forEach((position, tube) -> {
            int line = lines.get(tube);
            Sample sample = known.get(tube);
            String occupant = occupants.get(position);
            if (sample == null) {
                problems.add(new RackScanProblem(line, RackScanProblem.TUBE, "rackScan.tube.unknown", tube));
            } else if (!sample.getStatus().canBeStored()) {
                problems.add(new RackScanProblem(line, RackScanProblem.TUBE, "rackScan.tube.notStorable", tube,
                        sample.getStatus().name()));
            }
            if (occupant != null && !occupant.equals(tube) && !wanted.containsValue(occupant)) {
                problems.add(new RackScanProblem(line, RackScanProblem.POSITION, "rackScan.position.occupied",
                        position.name(), occupant));
            }
        });
        if (!problems.isEmpty()) {
            throw new RackScanRejected(problems);
        }
        List<Stored> stored = new ArrayList<>();
        // tubes already in this box but at another position first leave it, so that two may swap places
        wanted.values().stream().filter(occupants::containsValue).filter(tube -> !tube.equals(occupants.get(
                positionOf(wanted, tube)))).forEach(tube -> storage.remove(box.getBarcode(),
                positionOf(occupants, tube).name(), "rack scan: re-placed in " + box.getBarcode()));
        wanted.forEach((position, tube) -> stored.add(storage.store(box.getBarcode(), position.name(), tube)));
        return new RackPlaced(box.getBarcode(), stored);
    }

    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public Reconciliation verify(String boxScan, byte[] file) {
        Box box = storage.box(boxScan);
        RackScan scan = read(box, file);
        Map<GridPosition, String> expected = new HashMap<>();
        storage.contents(box.getBarcode()).slots().stream().filter(slot -> !slot.isFree())
                .forEach(slot -> expected.put(GridPosition.parseOrNull(slot.position()), slot.sample()));
        Set<String> known = known(scan.tubes().stream().filter(ScannedTube::hasBarcode).map(ScannedTube::barcode)
                .toList()).keySet();
        return RackReconciliation.reconcile(expected, scan.tubes(), known::contains);
    }

    private RackScan read(Box box, byte[] file) {
        if (file == null || file.length == 0) {
            throw new RackScanRejected(List.of(new RackScanProblem(0, RackScanProblem.FILE, "rackScan.file.required")));
        }
        RackScan scan;
        try {
            scan = RackScanFile.read(file, box.getType().getRows(), box.getType().getColumns());
        } catch (RackScanRefused refused) {
            throw new RackScanRejected(refused.problems());
        }
        if (scan.rackBarcode() != null && !scan.rackBarcode().equals(box.getBarcode())) {
            throw new RackScanRejected(List.of(new RackScanProblem(1, RackScanProblem.RACK, "rackScan.rack.otherBox",
                    scan.rackBarcode(), box.getBarcode())));
        }
        return scan;
    }

    /** The samples among these barcodes, in one query. */
    private Map<String, Sample> known(java.util.Collection<String> barcodes) {
        Map<String, Sample> known = new HashMap<>();
        Set<String> tubes = new HashSet<>(barcodes);
        tubes.removeIf(tube -> BarcodeKind.ofPrefix(tube.replaceAll("[0-9].*$", "")).filter(BarcodeKind::isSample)
                .isEmpty());
        if (!tubes.isEmpty()) {
            em.createQuery("select s from Sample s where s.barcode in :barcodes", Sample.class)
                    .setParameter("barcodes", tubes).getResultList()
                    .forEach(sample -> known.put(sample.getBarcode(), sample));
        }
        return known;
    }

    private static Map<String, Integer> lines(RackScan scan) {
        Map<String, Integer> lines = new HashMap<>();
        scan.tubes().stream().filter(ScannedTube::hasBarcode).forEach(t -> lines.put(t.barcode(), t.line()));
        return lines;
    }

    private static GridPosition positionOf(Map<GridPosition, String> map, String tube) {
        return map.entrySet().stream().filter(e -> e.getValue().equals(tube)).findFirst().orElseThrow().getKey();
    }
}
