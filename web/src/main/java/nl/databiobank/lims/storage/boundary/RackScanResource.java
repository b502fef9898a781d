package nl.databiobank.lims.storage.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Uploads;
import nl.databiobank.lims.storage.control.Reconciliation;

/**
 * A rack-scanner export (the CSV as the body) applied to a box: {@code ?mode=place} stores every
 * tube, all or nothing; {@code ?mode=verify} answers the reconciliation and changes nothing.
 */
@Path("storage/boxes/{box}/rack-scan")
public class RackScanResource {

    @EJB
    RackScanService rackScans;

    public record PlacedJson(String mode, String box, long stored, long moved, long alreadyThere, List<Stored> tubes) {
    }

    public record ReconciliationJson(String mode, String box, boolean clean, List<Entry> matches,
                                     List<Entry> wrongPosition, List<Entry> notInThisBox, List<Entry> unknown,
                                     List<Entry> missing, List<Entry> unreadable) {
    }

    /** One tube of the report: where it was scanned, where the LIMS expected it (either may be null). */
    public record Entry(String tube, String scannedAt, String expectedAt) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Object apply(@PathParam("box") String box, @QueryParam("mode") String mode, InputStream body) {
        byte[] file = Uploads.readAtMost(body, RackScanService.MAX_BYTES, "rackScan.file.required",
                "rackScan.file.tooLarge", RackScanService.MAX_BYTES / 1024);
        String chosen = mode == null ? "" : mode.trim().toLowerCase();
        return switch (chosen) {
            case "place" -> placed(rackScans.place(box, file));
            case "verify" -> reconciliation(box, rackScans.verify(box, file));
            default -> throw new InvalidInputException("mode", "rackScan.mode.unknown", String.valueOf(mode));
        };
    }

    private static PlacedJson placed(RackPlaced placed) {
        return new PlacedJson("place", placed.box(), placed.count(Stored.Outcome.STORED),
                placed.count(Stored.Outcome.MOVED), placed.count(Stored.Outcome.ALREADY_THERE), placed.tubes());
    }

    private static ReconciliationJson reconciliation(String box, Reconciliation r) {
        return new ReconciliationJson("verify", box.trim().toUpperCase(), r.clean(),
                r.matches().stream().map(t -> new Entry(t.tube(), t.position().name(), t.position().name())).toList(),
                r.wrongPosition().stream().map(m -> new Entry(m.tube(), m.scanned().name(), m.expected().name())).toList(),
                r.notInThisBox().stream().map(t -> new Entry(t.tube(), t.position().name(), null)).toList(),
                r.unknown().stream().map(t -> new Entry(t.tube(), t.position().name(), null)).toList(),
                r.missing().stream().map(t -> new Entry(t.tube(), null, t.position().name())).toList(),
                r.unreadable().stream().map(u -> new Entry(u.expectedTube(), u.position().name(),
                        u.expectedTube() == null ? null : u.position().name())).toList());
    }}
