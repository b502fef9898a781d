package nl.databiobank.lims.questionnaire.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireResponse;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireScale;

/**
 * A time point as JSON: its dates and status on a day, and the response with every scale of its
 * questionnaire scored, {@code null} where a score is missing (JSON-P, so the nulls stay).
 */
final class TimePointJson {

    private TimePointJson() {
    }

    static JsonObject of(ParticipantTimePoint t, LocalDate on) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", t.getPointCode())
                .add("label", t.getSchedulePoint().getLabel())
                .add("questionnaire", t.getQuestionnaireCode())
                .add("targetDate", t.getTargetDate().toString())
                .add("windowStart", t.getWindowStart().toString())
                .add("windowEnd", t.getWindowEnd().toString())
                .add("status", t.statusOn(on).name());
        t.getStoppedOn().ifPresent(stopped -> json.add("stoppedOn", stopped.toString())
                .add("stopReason", t.getStopReason().orElse("")));
        t.getResponse().ifPresentOrElse(r -> json.add("response", response(r)), () -> json.addNull("response"));
        return json.build();
    }

    static JsonObject response(QuestionnaireResponse r) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        r.getAnswers().forEach((item, answer) -> answers.add(String.valueOf(item), answer));
        JsonObjectBuilder scores = Json.createObjectBuilder();
        for (QuestionnaireScale scale : r.getQuestionnaire().getScales()) {
            add(scores, scale.getCode(), r.getScores().get(scale.getCode()));
        }
        if (r.getQuestionnaire().getSummaryCode() != null) {
            add(scores, r.getQuestionnaire().getSummaryCode(), r.getScores().get(r.getQuestionnaire().getSummaryCode()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("questionnaire", r.getQuestionnaire().getCode())
                .add("questionnaireVersion", r.getQuestionnaire().getDefinitionVersion())
                .add("completedOn", r.getCompletedOn().toString())
                .add("enteredBy", r.getEnteredBy())
                .add("enteredAt", r.getEnteredAt().toString())
                .add("answers", answers)
                .add("scores", scores);
        r.getCorrectedBy().ifPresent(by -> json.add("correctedBy", by));
        r.getCorrectedAt().ifPresent(at -> json.add("correctedAt", at.toString()));
        return json.build();
    }

    private static void add(JsonObjectBuilder scores, String code, BigDecimal score) {
        if (score == null) {
            scores.addNull(code);
        } else {
            scores.add(code, score);
        }
    }
}
