package nl.databiobank.lims.it;

import static nl.databiobank.lims.it.support.Refusals.assertError;
import static nl.databiobank.lims.it.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.OnPayara;
import org.junit.jupiter.api.Test;

/**
 * The pure scoring endpoint against the seeded EORTC QLQ-C30 definition: the scores worked out by
 * hand in the engine's unit tests come back through the database's definition.
 */
@OnPayara
class QuestionnaireScoringIT {

    /** Items 1–30 of a complete response, as in the engine's unit test. */
    private static final int[] COMPLETE = {1, 2, 1, 1, 1, 2, 2, 3, 2, 2, 1, 3, 2, 1, 1, 4, 1, 4, 3, 1, 2, 2, 3, 1, 2,
            1, 1, 2, 5, 6};
    private static final List<String> SCALES = List.of("QL2", "PF2", "RF2", "EF", "CF", "SF", "FA", "NV", "PA", "DY",
            "SL", "AP", "CO", "DI", "FI", "SUM");

    private final Api researcher = Api.as(DemoLogins.of("researcher"));

    @Test
    void aCompleteResponseGivesEveryScaleAndTheSummary() {
        JsonObject scores = score(answers(COMPLETE)).object().getJsonObject("scores");

        assertEquals(SCALES, List.copyOf(scores.keySet()));
        assertEquals(new BigDecimal("75.00"), scores.getJsonNumber("QL2").bigDecimalValue());
        assertEquals(new BigDecimal("93.33"), scores.getJsonNumber("PF2").bigDecimalValue());
        assertEquals(new BigDecimal("66.67"), scores.getJsonNumber("FA").bigDecimalValue());
        assertEquals(new BigDecimal("33.33"), scores.getJsonNumber("FI").bigDecimalValue());
        assertEquals(new BigDecimal("68.72"), scores.getJsonNumber("SUM").bigDecimalValue());
    }

    @Test
    void fewerThanHalfAnsweredOrASummaryPartMissingIsNull() {
        JsonObjectBuilder answers = Json.createObjectBuilder(answers(COMPLETE));
        answers.addNull("22").remove("23").addNull("24"); // EF: one of four answered
        answers.remove("8"); // DY: its single item left out

        JsonObject scores = score(answers.build()).object().getJsonObject("scores");

        assertTrue(scores.isNull("EF"));
        assertTrue(scores.isNull("DY"));
        assertTrue(scores.isNull("SUM"), "the summary needs all thirteen");
        assertEquals(new BigDecimal("75.00"), scores.getJsonNumber("QL2").bigDecimalValue());
    }

    @Test
    void anAnswerOutsideItsRangeOrAnUnknownItemIsA400NamingTheItem() {
        JsonObject answers = Json.createObjectBuilder(answers(COMPLETE)).add("29", 8).add("31", 1).add("2", 2.5).build();
        Api.Response refused = score(answers);
        assertRefused(refused, "answers.29");
        assertRefused(refused, "answers.31");
        assertRefused(refused, "answers.2");
        assertError(404, researcher.post("/api/questionnaires/NO-SUCH/score",
                Json.createObjectBuilder().add("answers", Json.createObjectBuilder()).build()));
    }

    @Test
    void anyoneSignedInMayScoreButNotAnonymously() {
        JsonObject body = Json.createObjectBuilder().add("answers", answers(COMPLETE)).build();
        assertEquals(200, Api.as(DemoLogins.of("technician")).post("/api/questionnaires/QLQ-C30/score", body).status());
        assertError(401, Api.anonymous().post("/api/questionnaires/QLQ-C30/score", body));
    }

    private Api.Response score(JsonObject answers) {
        return researcher.post("/api/questionnaires/QLQ-C30/score", Json.createObjectBuilder().add("answers", answers)
                .build());
    }

    private static JsonObject answers(int[] values) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (int i = 0; i < values.length; i++) {
            answers.add(String.valueOf(i + 1), values[i]);
        }
        return answers.build();
    }
}
