package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireResponse;

/**
 * A participant's questionnaire schedule with statuses and scores ({@code ?on=} for another day than
 * today), and the responses recorded for its time points: POST to enter, PUT to correct with a reason.
 */
@Path("participants/{pseudonym}/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantQuestionnairesResource {

    @EJB
    ResponseService responses;

    @GET
    public JsonObject schedule(@PathParam("pseudonym") String pseudonym, @QueryParam("on") String on) {
        LocalDate day = JsonInput.dateOrToday(on, "on");
        JsonArrayBuilder points = Json.createArrayBuilder();
        responses.timePoints(pseudonym).forEach(t -> points.add(TimePointJson.of(t, day)));
        return Json.createObjectBuilder().add("pseudonym", pseudonym.trim().toUpperCase())
                .add("on", day.toString()).add("timePoints", points).build();
    }

    @POST
    @Path("{point}")
    public Response record(@PathParam("pseudonym") String pseudonym, @PathParam("point") String point,
                           JsonObject request) {
        JsonObject body = JsonInput.required(request);
        QuestionnaireResponse response = responses.record(pseudonym, point, completedOn(body), AnswersInput.of(body));
        return Response.created(UriBuilder.fromResource(ParticipantQuestionnairesResource.class)
                        .build(response.getTimePoint().getParticipant().getPseudonym()))
                .entity(TimePointJson.of(response.getTimePoint(), LocalDate.now())).build();
    }

    @PUT
    @Path("{point}")
    public JsonObject correct(@PathParam("pseudonym") String pseudonym, @PathParam("point") String point,
                              JsonObject request) {
        JsonObject body = JsonInput.required(request);
        QuestionnaireResponse response = responses.correct(pseudonym, point, completedOn(body), AnswersInput.of(body),
                text(body, "reason"));
        return TimePointJson.of(response.getTimePoint(), LocalDate.now());
    }

    private static LocalDate completedOn(JsonObject body) {
        return JsonInput.date(text(body, "completedOn"), "completedOn");
    }

    private static String text(JsonObject body, String field) {
        return body.get(field) instanceof JsonString text ? text.getString() : null;
    }
}
