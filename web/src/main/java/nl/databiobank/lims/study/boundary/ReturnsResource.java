package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;

/** Across requests: returned tubes checked in by scanning, and usage reports that are late. */
@Path("usage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnsResource {

    @EJB
    UsageService usage;

    public record ReturnJson(String barcode) {
    }

    public record CheckedInJson(String barcode) {
    }

    /** {"barcode": "S…"} of a tube that came back from a researcher. */
    @POST
    @Path("returns")
    public CheckedInJson checkIn(ReturnJson scan) {
        return new CheckedInJson(usage.checkIn(JsonInput.required(scan).barcode()));
    }

    @GET
    @Path("overdue")
    public List<OverdueUsage> overdue() {
        return usage.overdue();
    }
}
