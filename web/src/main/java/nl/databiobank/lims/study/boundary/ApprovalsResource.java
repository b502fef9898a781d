package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Across studies: the current approvals that run out soon, for the ethics officers. */
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalsResource {

    @EJB
    ApprovalService approvals;

    @GET
    @Path("expiring")
    public List<StudiesResource.ApprovalJson> expiring(
            @QueryParam("days") @DefaultValue("" + ApprovalService.EXPIRING_DAYS) int days) {
        return approvals.expiringWithin(days).stream().map(StudiesResource.ApprovalJson::of).toList();
    }
}
