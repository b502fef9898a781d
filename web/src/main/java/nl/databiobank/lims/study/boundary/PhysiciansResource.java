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

/** The treating physicians of a request's allocated material, and their answers (the second key). */
@Path("requests/{id}/physicians")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PhysiciansResource {

    @EJB
    AllocationService allocation;

    /** A physician's answer: {"physician": "Dr. A. de Vries", "agreed": false, "note": "why"}. */
    public record AnswerJson(String physician, Boolean agreed, String note) {
    }

    @GET
    public List<PhysicianLine> list(@PathParam("id") long id) {
        return allocation.physicians(id);
    }

    @PUT
    public List<PhysicianLine> answer(@PathParam("id") long id, AnswerJson answer) {
        AnswerJson body = JsonInput.required(answer);
        allocation.recordAgreement(id, body.physician(), body.agreed(), body.note());
        return allocation.physicians(id);
    }
}
