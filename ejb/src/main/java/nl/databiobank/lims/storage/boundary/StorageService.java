package nl.databiobank.lims.storage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.BarcodeKind;
import nl.databiobank.lims.platform.boundary.Barcodes;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.sample.boundary.ChainOfCustody;
import nl.databiobank.lims.sample.boundary.SampleService;
import nl.databiobank.lims.sample.boundary.SprecRecorder;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.Movement;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleEvent;
import nl.databiobank.lims.sample.entity.SampleStatus;
import nl.databiobank.lims.storage.entity.Box;
import nl.databiobank.lims.storage.entity.GridPosition;
import nl.databiobank.lims.storage.entity.SampleLocation;

/**
 * Putting tubes in boxes and taking them out, by scanning (rule 2): a position holds one sample and
 * a sample is in one position; of two technicians storing into one position at once, one wins and
 * the other is told who did.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
public class StorageService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChainOfCustody custody;

    @Inject
    AuditTrail audit;

    @Inject
    SprecRecorder sprec;

    @EJB
    SampleService samples;

    @EJB
    OccupantLookup occupants;

    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public Box box(String scanned) {
        String barcode = Barcodes.parse(scanned, "box", BarcodeKind.BOX).value();
        return em.createNamedQuery(Box.BY_BARCODE, Box.class).setParameter("barcode", barcode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("box.unknown", barcode));
    }

    /** The box and every position of it, in two statements whatever the number of tubes. */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public BoxContents contents(String scanned) {
        Box box = box(scanned);
        Map<GridPosition, Sample> occupied = new HashMap<>();
        for (SampleLocation location : em.createNamedQuery(SampleLocation.IN_BOX, SampleLocation.class)
                .setParameter("box", box).getResultList()) {
            occupied.put(location.position(), location.getSample());
        }
        List<BoxContents.Slot> slots = box.getType().positions().stream().map(position -> {
            Sample sample = occupied.get(position);
            return sample == null ? new BoxContents.Slot(position.name(), null, null, null, false)
                    : new BoxContents.Slot(position.name(), sample.getBarcode(), sample.getStatus().name(),
                            sample.getType().getCode(), sample.isBlocked());
        }).toList();
        return new BoxContents(box, slots);
    }

    /** Stores a sample at a position, or moves it there from where it was. */
    public Stored store(String boxScan, String positionName, String sampleScan) {
        Box box = box(boxScan);
        GridPosition position = position(box, positionName);
        Sample sample = samples.sample(sampleScan);
        SampleLocation occupant = at(box, position);
        if (occupant != null && occupant.getSample().getId().equals(sample.getId())) {
            return new Stored(sample.getBarcode(), box.getBarcode(), position.name(), null, Stored.Outcome.ALREADY_THERE);
        }
        if (occupant != null) {
            throw occupied(box, position, occupant.getSample().getBarcode());
        }
        if (!sample.getStatus().canBeStored()) {
            throw new ConflictException("storage.sample.notStorable", sample.getBarcode(), sample.getStatus().name());
        }
        if (sample.getStatus() == SampleStatus.EXPECTED) {
            custody.record(sample, CustodyEvent.RECEIVED, "received when stored");
        }
        SampleLocation current = custody.locationOf(sample);
        Stored stored;
        if (current == null) {
            em.persist(new SampleLocation(sample, box, position, custody.now(), custody.who()));
            custody.record(sample, CustodyEvent.STORED, Movement.to(box.locationName(position)), null, null, null);
            stored = new Stored(sample.getBarcode(), box.getBarcode(), position.name(), null, Stored.Outcome.STORED);
        } else {
            String from = current.name();
            current.moveTo(box, position, custody.now(), custody.who());
            custody.record(sample, CustodyEvent.MOVED, new Movement(from, box.locationName(position)), null, null, null);
            stored = new Stored(sample.getBarcode(), box.getBarcode(), position.name(), from, Stored.Outcome.MOVED);
        }
        try {
            em.flush();
            sprec.recode(sample, custody.freezerClassOf(sample));
        } catch (PersistenceException e) {
            String winner = occupants.occupant(box.getId(), position.row(), position.column());
            if (winner != null && !winner.equals(sample.getBarcode())) {
                throw occupied(box, position, winner);
            }
            throw new ConflictException("storage.sample.storedMeanwhile", sample.getBarcode());
        }
        return stored;
    }

    /** Takes the tube out of a position (it stays available, in no box); a reason is required. */
    public String remove(String boxScan, String positionName, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "audit.reasonRequired");
        }
        new FieldErrors().requireAtMost(reason, SampleEvent.MAX_DETAIL, "reason").throwIfAny();
        Box box = box(boxScan);
        GridPosition position = position(box, positionName);
        SampleLocation location = at(box, position);
        if (location == null) {
            throw new UnknownEntityException("storage.position.empty", position.name(), box.getBarcode());
        }
        audit.because(reason.trim());
        Sample sample = location.getSample();
        String from = location.name();
        em.remove(location);
        custody.record(sample, CustodyEvent.REMOVED, Movement.from(from), null, null, reason.trim());
        return sample.getBarcode();
    }

    /** The first free position of a box, row by row; null when it is full. */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public GridPosition nextFree(String boxScan) {
        return contents(boxScan).slots().stream().filter(BoxContents.Slot::isFree).findFirst()
                .map(slot -> GridPosition.parseOrNull(slot.position())).orElse(null);
    }

    /** A position of this box, as named (A1 or A01); 400 when there is no such position in it. */
    public static GridPosition position(Box box, String name) {
        GridPosition position = GridPosition.parseOrNull(name);
        if (position == null) {
            throw new InvalidInputException("position", "storage.position.invalid", String.valueOf(name));
        }
        if (!box.getType().contains(position)) {
            throw new InvalidInputException("position", "storage.position.outsideBox", position.name(),
                    box.getBarcode(), box.getType().getRows(), box.getType().getColumns());
        }
        return position;
    }

    private SampleLocation at(Box box, GridPosition position) {
        return em.createNamedQuery(SampleLocation.AT, SampleLocation.class)
                .setParameter("box", box).setParameter("row", position.row()).setParameter("column", position.column())
                .getResultStream().findFirst().orElse(null);
    }

    private static ConflictException occupied(Box box, GridPosition position, String occupant) {
        return new ConflictException("storage.position.occupied", position.name(), box.getBarcode(), occupant);
    }
}
