package nl.databiobank.lims.questionnaire.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;

/** The {@code answers} object of a request: item number → answer, a JSON null being an unanswered item. */
final class AnswersInput {

    private AnswersInput() {
    }

    /** The answers, or a 400 naming every item that holds no whole number (and a missing object as {@code answers}). */
    static Map<Integer, Integer> of(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, Integer> answers = of(body, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return answers;
    }

    /** As {@link #of(JsonObject)}, collecting what is no answer at all in {@code errors} instead. */
    static Map<Integer, Integer> of(JsonObject body, List<FieldError> errors) {
        JsonValue given = body.get("answers");
        if (given == null || given.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("answers", "field.required");
        }
        Map<Integer, Integer> answers = new HashMap<>();
        given.asJsonObject().forEach((item, value) -> {
            Integer number = item.trim().matches("[0-9]{1,4}") ? Integer.valueOf(item.trim()) : null;
            if (number == null) {
                errors.add(new FieldError("answers." + item, "questionnaire.item.notANumber", item));
            } else if (value.getValueType() == JsonValue.ValueType.NULL) {
                answers.put(number, null);
            } else if (value instanceof JsonNumber answer && answer.isIntegral()
                    && answer.bigDecimalValue().abs().longValue() < 1000) {
                answers.put(number, answer.intValue());
            } else {
                errors.add(new FieldError("answers." + item, "questionnaire.answer.notWhole", item));
            }
        });
        return answers;
    }
}
