package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.databiobank.lims.platform.boundary.JsonInput;

/** The nurses' due list: {@code GET /api/questionnaires/due?hospital=UMCG&cohort=Breast&on=2026-11-24}. */
@Path("questionnaires/due")
@Produces(MediaType.APPLICATION_JSON)
public class DueListResource {

    @EJB
    DueListService dueList;

    @GET
    public DueList dueList(@QueryParam("on") String on, @QueryParam("hospital") String hospital,
                           @QueryParam("cohort") String cohort) {
        return dueList.dueList(JsonInput.dateOrToday(on, "on"), hospital, cohort);
    }
}
