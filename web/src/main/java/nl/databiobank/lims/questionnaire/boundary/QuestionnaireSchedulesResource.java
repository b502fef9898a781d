package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;

/**
 * The questionnaire schedules per cohort ({@code cohort} absent: the standard one). POST defines a
 * cohort's schedule, or replaces it while no participant's time points were planned from it.
 */
@Path("questionnaire-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionnaireSchedulesResource {

    @EJB
    ScheduleService schedules;

    @GET
    public List<NewSchedule> all() {
        return schedules.all().stream().map(NewSchedule::of).toList();
    }

    @POST
    public Response define(NewSchedule request) {
        return Response.status(Response.Status.CREATED)
                .entity(NewSchedule.of(schedules.define(JsonInput.required(request)))).build();
    }
}
