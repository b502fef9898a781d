package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;

/** Scan-to-pick for a request: the list in freezer order, and one scanned tube at a time. */
@Path("requests/{id}/pick")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PickResource {

    @EJB
    PickService picking;

    public record ScanJson(String barcode) {
    }

    @GET
    public List<PickLine> list(@PathParam("id") long id) {
        return picking.pickList(id);
    }

    /** {"barcode": "S…"}: 200 with the tube's line, or 409 saying loudly why it must go back. */
    @POST
    public PickLine pick(@PathParam("id") long id, ScanJson scan) {
        return picking.pick(id, JsonInput.required(scan).barcode());
    }
}
