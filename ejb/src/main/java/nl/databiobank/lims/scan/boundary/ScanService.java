package nl.databiobank.lims.scan.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.sample.boundary.SampleFilter;
import nl.databiobank.lims.sample.boundary.SamplePage;
import nl.databiobank.lims.sample.boundary.SampleService;
import nl.databiobank.lims.sample.boundary.SampleSummary;
import nl.databiobank.lims.sample.boundary.SampleTypeService;
import nl.databiobank.lims.sample.entity.SampleEvent;
import nl.databiobank.lims.sample.entity.SampleType;
import nl.databiobank.lims.storage.boundary.FreePosition;
import nl.databiobank.lims.storage.boundary.Occupancy;
import nl.databiobank.lims.storage.boundary.StorageService;
import nl.databiobank.lims.storage.boundary.StorageTreeService;
import nl.databiobank.lims.storage.boundary.Stored;
import nl.databiobank.lims.storage.entity.Box;
import nl.databiobank.lims.storage.entity.StorageUnit;

/**
 * The answers of the scan page, one transaction each: a box's grid, a tube's card, a freezer's or rack's
 * occupancy, a participant's samples, and storing a scanned tube at the open box's next free (or chosen)
 * position. The rules stay with the storage and sample boundaries, whose refusals (400, 404, 409) pass
 * through unchanged.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class ScanService {

    /** Custody events on a tube's card; the sample page has the whole timeline. */
    public static final int LAST_EVENTS = 5;

    /** A participant's samples listed after a scan of the pseudonym; the samples page pages through more. */
    public static final int PARTICIPANT_SAMPLES = 100;

    @EJB
    StorageService storage;

    @EJB
    StorageTreeService tree;

    @EJB
    SampleService samples;

    @EJB
    SampleTypeService types;

    /**
     * A box's grid, read in a number of statements that does not grow with its tubes: the box and its
     * positions ({@link StorageService#contents}), and the few units above it for its place.
     */
    public BoxGrid grid(String boxScan) {
        var contents = storage.contents(boxScan);
        return BoxGrid.of(contents, placeOf(contents.box()));
    }

    /**
     * Stores a scanned tube in the open box: at {@code position} when the technician chose one, else at the
     * first free position. A tube scanned again that sits in this box already stays where it is (a double
     * scan must not move it on); without a free position nothing happens. 409 when the position is
     * occupied (naming the occupant) or the tube cannot be stored in its status; 400 for a wrong check
     * character; 404 for an unknown tube or box.
     */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
    public Placement place(String boxScan, String position, String tubeScan) {
        BoxGrid before = grid(boxScan);
        SampleSummary tube = samples.summary(tubeScan);
        if (position == null) {
            Cell there = before.cellOf(tube.barcode());
            if (there != null) {
                return new Placement(Placement.Outcome.ALREADY_IN_BOX, tube.barcode(), there.position(), null, before);
            }
            if (before.isFull()) {
                return new Placement(Placement.Outcome.BOX_FULL, tube.barcode(), null, null, before);
            }
        }
        String target = position == null ? before.nextFree() : position;
        Stored stored = storage.store(before.barcode(), target, tube.barcode());
        Placement.Outcome outcome = switch (stored.outcome()) {
            case STORED -> Placement.Outcome.STORED;
            case MOVED -> Placement.Outcome.MOVED;
            case ALREADY_THERE -> Placement.Outcome.ALREADY_THERE;
        };
        return new Placement(outcome, stored.sample(), stored.position(), stored.movedFrom(), grid(before.barcode()));
    }

    /** A tube: its summary, the name of its type in {@code locale}, and its last custody events, newest first. */
    public TubeCard tube(String tubeScan, Locale locale) {
        SampleSummary summary = samples.summary(tubeScan);
        List<SampleEvent> events = samples.events(summary.barcode());
        List<CustodyLine> last = new ArrayList<>(events.subList(Math.max(0, events.size() - LAST_EVENTS), events.size())
                .stream().map(CustodyLine::of).toList());
        Collections.reverse(last);
        String typeName = types.find(summary.type()).map(type -> name(type, locale)).orElse(summary.type());
        return new TubeCard(SampleLine.of(summary), typeName, last, events.size());
    }

    /** A freezer or rack: its place, occupancy, and the next free position in its boxes. */
    public UnitCard unit(String unitScan) {
        StorageUnit unit = tree.unit(unitScan);
        Occupancy occupancy = tree.occupancy(unit.getBarcode());
        FreePosition next = occupancy.free() > 0 ? tree.nextFreeIn(unit.getBarcode(), null) : null;
        StorageUnit freezer = unit.freezer();
        return new UnitCard(unit.getBarcode(), unit.getName(), unit.getKind().name(),
                unit.getParent() == null ? null : unit.getParent().path(),
                freezer == null ? null : freezer.getTemperatureClass(), occupancy.boxes(), occupancy.capacity(),
                occupancy.occupied(), next == null ? null : next.box(), next == null ? null : next.position());
    }

    /** A participant's samples (the first {@value #PARTICIPANT_SAMPLES}) and their count. */
    public ParticipantSamples participant(String pseudonym) {
        SamplePage page = samples.search(new SampleFilter(null, null, pseudonym, null, PARTICIPANT_SAMPLES, 0));
        return new ParticipantSamples(pseudonym, page.items().stream().map(SampleLine::of).toList(), page.total());
    }

    /** "UMCG / Lab 3 / Freezer 1 / Rack 2": where a box stands; null for a box in no rack. */
    private static String placeOf(Box box) {
        return box.getRack() == null ? null : box.getRack().path();
    }

    private static String name(SampleType type, Locale locale) {
        return type.name(locale == null ? Locale.ENGLISH : locale);
    }
}
