package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;

/** What a request's recipient received, under study pseudonyms, and their usage reports. */
@Path("requests/{id}/usage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsageResource {

    @EJB
    UsageService usage;

    /** {"barcode": "S…", "usage": "CONSUMED" | "RETURNED" | "HELD", "note": "…"}. */
    public record ReportJson(String barcode, String usage, String note) {
    }

    @GET
    public List<Received> received(@PathParam("id") long id) {
        return usage.received(id);
    }

    @PUT
    public List<Received> report(@PathParam("id") long id, ReportJson report) {
        ReportJson body = JsonInput.required(report);
        usage.report(id, body.barcode(), body.usage(), body.note());
        return usage.received(id);
    }
}
