package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.questionnaire.control.Scores;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;

/**
 * Questionnaire definitions, and the pure scoring endpoint outside tools depend on:
 * {@code POST /api/questionnaires/{code}/score} with {@code {"answers": {"1": 2, ...}}} answers
 * {@code {"scores": {"QL2": 66.67, ..., "SUM": ...}}}, every scale present, null where missing.
 */
@Path("questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionnairesResource {

    @EJB
    QuestionnaireService questionnaires;

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

    @GET
    @Path("{code}")
    public JsonObject definition(@PathParam("code") String code) {
        Questionnaire q = questionnaires.current(code);
        var items = Json.createArrayBuilder();
        q.getItems().forEach(i -> items.add(Json.createObjectBuilder().add("number", i.getNumber())
                .add("min", i.getMinAnswer()).add("max", i.getMaxAnswer()).add("label", i.getLabel())));
        var scales = Json.createArrayBuilder();
        q.getScales().forEach(s -> scales.add(Json.createObjectBuilder().add("code", s.getCode()).add("kind", s.getKind())
                .add("label", s.getLabel()).add("items", Json.createArrayBuilder(s.getItems()))));
        JsonObjectBuilder json = Json.createObjectBuilder().add("code", q.getCode())
                .add("version", q.getDefinitionVersion()).add("title", q.getTitle()).add("items", items)
                .add("scales", scales);
        if (q.getSummaryCode() == null) {
            json.addNull("summary");
        } else {
            json.add("summary", q.getSummaryCode());
        }
        return json.build();
    }
}
