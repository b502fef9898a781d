package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.questionnaire.control.Scores;

/**
 * Questionnaire definitions (read by everyone, loaded by an ADMIN), and the pure scoring endpoint
 * outside tools depend on:
 * {@code POST /api/questionnaires/{code}/score} with {@code {"answers": {"1": 2, ...}}} answers
 * {@code {"scores": {"QL2": 66.67, ..., "SUM": ...}}}, every scale present, null where missing.
 */
@Path("questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionnairesResource {

    @EJB
    QuestionnaireService questionnaires;

    @EJB
    QuestionnaireDefinitionService definitions;

    @POST
    @Path("{code}/score")
    public JsonObject score(@PathParam("code") String code, JsonObject request) {
        List<FieldError> malformed = new ArrayList<>();
        Map<Integer, Integer> answers = AnswersInput.of(JsonInput.required(request), malformed);
        Scores scored;
        try {
            scored = questionnaires.score(code, answers);
        } catch (InvalidInputException refused) {
            // the answers out of range beside those that are no answers at all: every bad item at once
            malformed.addAll(refused.fieldErrors());
            throw new InvalidInputException(malformed);
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInputException(malformed);
        }
        JsonObjectBuilder scores = Json.createObjectBuilder();
        scored.rounded(2).forEach((scale, score) -> {
            if (score == null) {
                scores.addNull(scale);
            } else {
                scores.add(scale, score);
            }
        });
        return Json.createObjectBuilder().add("scores", scores).build();
    }

    /** The newest version of a definition, or {@code ?version=...}; the JSON an ADMIN can load again. */
    @GET
    @Path("{code}")
    public JsonObject definition(@PathParam("code") String code, @QueryParam("version") String version) {
        return questionnaires.json(code, version);
    }

    /**
     * Loads a definition (ADMIN): 201 with its Location for a new code or version; 200 when the same
     * version replaced a stored one that no response used, took new wording, or was loaded as it is;
     * 409 when that version is in use (give the change a new version); 400 naming every bad field.
     */
    @POST
    public Response load(JsonObject body, @HeaderParam("X-Reason") String reason, @Context UriInfo uri) {
        DefinitionLoaded loaded = definitions.load(JsonInput.required(body), reason);
        if (loaded.outcome() != DefinitionLoaded.Outcome.CREATED) {
            return Response.ok(loaded.definition()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path(QuestionnairesResource.class).path("{code}")
                        .queryParam("version", "{version}").build(loaded.code(), loaded.version()))
                .entity(loaded.definition()).build();
    }
}
