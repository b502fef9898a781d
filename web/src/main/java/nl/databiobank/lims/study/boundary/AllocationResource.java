package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.study.control.Candidate;
import nl.databiobank.lims.study.entity.AllocatedSample;

/**
 * The samples of a request: the system's proposal, reserving it or single barcodes, and taking
 * samples off again. (A root of its own: JAX-RS does not look in a second root for sub-paths.)
 */
@Path("requests/{id}/allocation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @EJB
    AllocationService allocation;

    public record CandidateJson(String barcode, Instant collectedAt) {
    }

    public record AllocatedJson(String barcode, String sampleType, String state, String allocatedBy,
                                Instant allocatedAt, Instant pickedAt, String cancelReason, String usage) {

        static AllocatedJson of(AllocatedSample a) {
            return new AllocatedJson(a.getSample().getBarcode(), a.getSample().getType().getCode(), a.getState().name(),
                    a.getAllocatedBy(), a.getAllocatedAt(), a.getPickedAt(), a.getCancelReason(),
                    a.getUsage() == null ? null : a.getUsage().name());
        }
    }

    /** {"barcodes": [...]} reserves those; an empty body or no barcodes reserves the proposal. */
    public record AllocateJson(List<String> barcodes) {
    }

    @GET
    public List<AllocatedJson> list(@PathParam("id") long id) {
        return allocation.allocation(id).stream().map(AllocatedJson::of).toList();
    }

    @GET
    @Path("proposal")
    public List<CandidateJson> proposal(@PathParam("id") long id) {
        return allocation.propose(id).stream().map((Candidate c) -> new CandidateJson(c.barcode(), c.collectedAt()))
                .toList();
    }

    @POST
    public Response allocate(@PathParam("id") long id, AllocateJson request) {
        List<AllocatedSample> reserved;
        if (request == null || request.barcodes() == null || request.barcodes().isEmpty()) {
            reserved = allocation.allocateProposed(id);
        } else {
            reserved = allocation.add(id, request.barcodes());
        }
        return Response.ok(reserved.stream().map(AllocatedJson::of).toList()).build();
    }

    /** Takes a sample off the request; the reason (X-Reason) is kept with it and in the audit trail. */
    @DELETE
    @Path("{barcode}")
    public Response remove(@PathParam("id") long id, @PathParam("barcode") String barcode,
                           @HeaderParam("X-Reason") String reason) {
        allocation.remove(id, barcode, reason);
        return Response.noContent().build();
    }
}
