package nl.databiobank.lims.scan.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.databiobank.lims.platform.boundary.LimsException;

/**
 * What the scan page and the box page share: one field that takes a keyboard-wedge scanner's input
 * (characters and Enter, sent without a form so that the next scan can be typed while the last one is
 * answered), the open box with the position the next tube goes to, a tube's card, and the answer to the
 * last scan in green or red with the few before it.
 *
 * <p>In a box, a scanned tube is stored at the chosen position (a free cell clicked, or a position typed
 * such as {@code A5}), else at the next free one; the pointer then moves on. What the pages do with the
 * other scans is theirs ({@link ScanView}, {@link BoxView}).
 */
public abstract class ScanStation implements Serializable {

    private static final Logger LOG = Logger.getLogger(ScanStation.class.getName());
    private static final int HISTORY = 6;

    @EJB
    ScanService scans;

    protected BoxGrid box;
    protected String chosen;
    protected TubeCard tube;
    private ScanResult result;
    private final Deque<ScanResult> history = new ArrayDeque<>();

    /** The scan field's Enter: the scanned text arrives as the request parameter {@code code}. */
    public void scan() {
        handle(parameter("code"));
    }

    /** A click on (or Enter in) a grid cell: the parameter {@code position}. */
    public void cell() {
        String position = parameter("position");
        if (box != null && position != null) {
            guarded(() -> position(position));
        }
    }

    /** Esc, or the button: leaves the box (or forgets the chosen position, where a page keeps its box). */
    public abstract void leave();

    /** Does what a scan asks; every refusal shows in red, and nothing was changed by it. */
    public void handle(String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        guarded(() -> {
            Scan scan = Scan.read(code, box != null);
            switch (scan.kind()) {
                case POSITION -> position(scan.value());
                case TUBE -> {
                    if (box != null) {
                        store(scan.value());
                    } else {
                        tubeWithoutBox(scan.value());
                    }
                }
                case BOX -> box(scan.value());
                case RACK, FREEZER -> unit(scan.value());
                case PARTICIPANT -> participant(scan.value());
            }
        });
    }

    protected abstract void tubeWithoutBox(String tube);

    protected abstract void box(String barcode);

    protected abstract void unit(String barcode);

    protected abstract void participant(String pseudonym);

    /** Opens a box: its grid, the pointer at its first free position. */
    protected void openBox(String barcode) {
        box = scans.grid(barcode);
        chosen = null;
        tube = null;
        if (box.isFull()) {
            fail("scan.boxFull", box.barcode());
        } else {
            ok("scan.boxOpened", box.barcode(), box.nextFree());
        }
    }

    /** A tube scanned in a box: stored at the chosen or the next free position. */
    protected void store(String barcode) {
        String at = chosen;
        Placement placement = scans.place(box.barcode(), at, barcode);
        box = placement.grid();
        chosen = null;
        tube = null;
        switch (placement.outcome()) {
            case STORED -> ok("scan.stored", placement.sample(), box.barcode(), placement.position());
            case MOVED -> ok("scan.moved", placement.sample(), box.barcode(), placement.position(), placement.movedFrom());
            case ALREADY_THERE -> ok("scan.alreadyThere", placement.sample(), box.barcode(), placement.position());
            case ALREADY_IN_BOX -> fail("scan.alreadyInBox", placement.sample(), box.barcode(), placement.position());
            case BOX_FULL -> fail("scan.boxFull", box.barcode());
        }
    }

    /** A position typed or clicked: a free one is chosen for the next tube, an occupied one shows its tube. */
    protected void position(String position) {
        Cell cell = box.cell(position);
        if (cell == null) {
            fail("scan.noSuchPosition", box.barcode(), position, box.rows(), box.columns());
        } else if (cell.isFree()) {
            chosen = cell.position();
            tube = null;
            ok("scan.positionChosen", cell.position());
        } else {
            chosen = null;
            tube = scans.tube(cell.sample(), LabText.locale());
            ok("scan.positionHolds", cell.position(), cell.sample());
        }
    }

    protected void showTube(String barcode) {
        tube = scans.tube(barcode, LabText.locale());
        SampleLine sample = tube.sample();
        String status = LabText.of("scan.status." + sample.status());
        if (sample.isStored()) {
            ok("scan.tubeStored", sample.barcode(), status, sample.box(), sample.position());
        } else {
            ok("scan.tubeUnstored", sample.barcode(), status);
        }
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (LimsException e) {
            result(new ScanResult(false, LabText.of(e)));
            refreshBox();
        } catch (EJBAccessException e) {
            fail("scan.notAllowed");
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Scan failed", e);
            fail("scan.unexpected");
            refreshBox();
        }
    }

    /** After a refusal the box may have changed under us (another technician): draw it afresh. */
    private void refreshBox() {
        if (box == null) {
            return;
        }
        try {
            box = scans.grid(box.barcode());
            if (chosen != null && !box.cell(chosen).isFree()) {
                chosen = null;
            }
        } catch (LimsException | EJBException e) {
            LOG.log(Level.FINE, "Box not redrawn", e);
        }
    }

    protected void ok(String key, Object... arguments) {
        result(new ScanResult(true, LabText.of(key, arguments)));
    }

    protected void fail(String key, Object... arguments) {
        result(new ScanResult(false, LabText.of(key, arguments)));
    }

    private void result(ScanResult answer) {
        if (result != null) {
            history.addFirst(result);
            while (history.size() > HISTORY) {
                history.removeLast();
            }
        }
        result = answer;
    }

    protected static void redirect(String path, String name, String value) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path + "?" + name + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** What to do next, for the line under the field. */
    public String getNext() {
        if (box == null) {
            return LabText.of("scan.next.idle");
        }
        if (chosen != null) {
            return LabText.of("scan.next.chosen", chosen);
        }
        if (box.isFull()) {
            return LabText.of("scan.next.full", box.barcode());
        }
        return LabText.of(isFixedBox() ? "scan.next.boxPage" : "scan.next.box", box.nextFree());
    }

    /** Where the next tube scanned goes: the chosen position, else the next free one; null without a box or room. */
    public String getTarget() {
        return box == null ? null : chosen != null ? chosen : box.nextFree();
    }

    /** Whether the page keeps its one box (the box page), so that Esc only forgets the chosen position. */
    public abstract boolean isFixedBox();

    public boolean isBoxMode() {
        return box != null;
    }

    public BoxGrid getBox() {
        return box;
    }

    public String getChosen() {
        return chosen;
    }

    public TubeCard getTube() {
        return tube;
    }

    public ScanResult getResult() {
        return result;
    }

    public List<ScanResult> getHistory() {
        return List.copyOf(history);
    }
}
