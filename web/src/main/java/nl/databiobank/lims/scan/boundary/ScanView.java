package nl.databiobank.lims.scan.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The technician's home, /lab/scan.xhtml: scan a box, then its tubes, to store them position by position;
 * scan a tube to see it and where it is, a freezer or rack to see how full it is, a participant's
 * pseudonym to see their samples. Another box switches box; Esc leaves the box.
 */
@Named
@ViewScoped
public class ScanView extends ScanStation {

    private String initial;
    private UnitCard unit;
    private ParticipantSamples participant;

    /** A scan handed over in the address ({@code ?scan=...}), e.g. by the box page; once, not on postbacks. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback() && initial != null) {
            handle(initial);
        }
    }

    @Override
    public boolean isFixedBox() {
        return false;
    }

    @Override
    public void leave() {
        if (box != null) {
            String left = box.barcode();
            box = null;
            chosen = null;
            ok("scan.leftBox", left);
        }
    }

    @Override
    protected void tubeWithoutBox(String tube) {
        showTube(tube);
        unit = null;
        participant = null;
    }

    @Override
    protected void box(String barcode) {
        openBox(barcode);
        unit = null;
        participant = null;
    }

    @Override
    protected void unit(String barcode) {
        UnitCard found = scans.unit(barcode);
        leaveQuietly();
        unit = found;
        ok("scan.unitShown", LabText.of("scan.kind." + found.kind()), found.barcode(), found.name(),
                found.occupied(), found.capacity());
    }

    @Override
    protected void participant(String pseudonym) {
        ParticipantSamples found = scans.participant(pseudonym);
        leaveQuietly();
        participant = found;
        ok("scan.participantShown", found.pseudonym(), found.total());
    }

    /** Opens the box the freezer's or rack's next free position is in, at that position. */
    public void fillFrom(String barcode) {
        handle(barcode);
    }

    private void leaveQuietly() {
        box = null;
        chosen = null;
        tube = null;
        unit = null;
        participant = null;
    }

    public String getInitial() {
        return initial;
    }

    public void setInitial(String initial) {
        this.initial = initial;
    }

    public UnitCard getUnit() {
        return unit;
    }

    public ParticipantSamples getParticipant() {
        return participant;
    }
}
