package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.study.entity.Shipment;

/** The shipment of a request: all picked samples at once, or 409 with every sample's reasons. */
@Path("requests/{id}/shipment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    @EJB
    ShipmentService shipments;

    public record NewShipmentJson(String recipient, String address) {
    }

    public record ShipmentJson(long request, String recipient, String address, LocalDate shippedOn,
                               LocalDate usageDueOn, int approvalVersion, String approvalReference, String shippedBy,
                               Instant shippedAt) {

        static ShipmentJson of(Shipment s) {
            return new ShipmentJson(s.getRequest().getId(), s.getRecipient(), s.getAddress(), s.getShippedOn(),
                    s.getUsageDueOn(), s.getApproval().getApprovalVersion(), s.getApproval().getReferenceNumber(),
                    s.getShippedBy(), s.getShippedAt());
        }
    }

    @POST
    public Response ship(@PathParam("id") long id, NewShipmentJson request) {
        NewShipmentJson body = JsonInput.required(request);
        return Response.status(Response.Status.CREATED)
                .entity(ShipmentJson.of(shipments.ship(id, body.recipient(), body.address()))).build();
    }

    @GET
    public ShipmentJson get(@PathParam("id") long id) {
        return shipments.of(id).map(ShipmentJson::of)
                .orElseThrow(() -> new UnknownEntityException("shipment.none", id));
    }
}
