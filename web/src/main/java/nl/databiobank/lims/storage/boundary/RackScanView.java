package nl.databiobank.lims.storage.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.sample.boundary.LabPageView;
import nl.databiobank.lims.storage.control.Reconciliation;
import org.primefaces.model.file.UploadedFile;

/**
 * A rack-scanner export applied to a box: "place" stores every tube of the file at its position,
 * all or nothing; "verify" compares the file with what the LIMS has in the box and changes nothing.
 * A refused file is listed problem by problem, each with its line, and nothing was placed.
 */
@Named
@ViewScoped
public class RackScanView implements Serializable {

    private static final String FORM = "rack";

    @EJB
    RackScanService rackScans;

    private String box;
    private String mode = "verify";
    private transient UploadedFile file;

    private String fileName;
    private Placed placed;
    private transient Reconciliation verified;
    private List<Problem> problems;

    /** What placing did. */
    public record Placed(String box, long stored, long moved, long alreadyThere, List<PlacedTube> tubes)
            implements Serializable {
    }

    /** One tube placed: where, from where if it moved, and whether it was there already. */
    public record PlacedTube(String sample, String position, String movedFrom, String outcome) implements Serializable {
    }

    /** One problem of a refused file. */
    public record Problem(int line, String field, String message) implements Serializable {
    }

    public void submit() {
        placed = null;
        verified = null;
        problems = null;
        byte[] content = content();
        if (content == null) {
            return;
        }
        fileName = file.getFileName();
        boolean mayPlace = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("LAB_TECHNICIAN")
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
        if ("place".equals(mode) && !mayPlace) {
            LabPageView.error(FORM + ":mode", "rackScan.placeNotAllowed");
            return;
        }
        try {
            if ("place".equals(mode)) {
                RackPlaced done = rackScans.place(box, content);
                placed = new Placed(done.box(), done.count(Stored.Outcome.STORED), done.count(Stored.Outcome.MOVED),
                        done.count(Stored.Outcome.ALREADY_THERE), done.tubes().stream()
                        .map(t -> new PlacedTube(t.sample(), t.position(), t.movedFrom(), t.outcome().name()))
                        .toList());
                LabPageView.info(null, "rackScan.placed", done.tubes().size(), done.box());
            } else {
                verified = rackScans.verify(box, content);
                if (verified.clean()) {
                    LabPageView.info(null, "rackScan.clean", verified.matches().size());
                } else {
                    LabPageView.error(null, "rackScan.differences");
                }
            }
        } catch (RackScanRejected rejected) {
            problems = rejected.problems().stream()
                    .map(p -> new Problem(p.line(), p.field(), p.message(LabPageView.locale()))).toList();
            LabPageView.errorText(null, rejected.message(LabPageView.locale()));
        } catch (LimsException e) {
            LabPageView.refused(e, field -> "box".equals(field) ? FORM + ":box" : null,
                    e.key().startsWith("box.") ? FORM + ":box" : null);
        }
    }

    private byte[] content() {
        if (file == null || file.getSize() == 0) {
            LabPageView.error(FORM + ":file", "rackScan.fileRequired");
            return null;
        }
        if (file.getSize() > RackScanService.MAX_BYTES) {
            LabPageView.error(FORM + ":file", "rackScan.fileTooLarge", RackScanService.MAX_BYTES / 1024);
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            LabPageView.error(FORM + ":file", "rackScan.fileUnreadable");
            return null;
        }
    }

    public String getBox() {
        return box;
    }

    public void setBox(String box) {
        this.box = box;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public Placed getPlaced() {
        return placed;
    }

    public Reconciliation getVerified() {
        return verified;
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
