package nl.databiobank.lims.questionnaire.entity;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Answers as the JSON object the database checks ({@code {"1": 2, "29": 6}}); in Java a map sorted by
 * item number, whose text is what the audit trail shows of an earlier and a corrected response.
 */
@Converter
public class AnswersConverter implements AttributeConverter<SortedMap<Integer, Integer>, String> {

    @Override
    public String convertToDatabaseColumn(SortedMap<Integer, Integer> answers) {
        if (answers == null) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        answers.forEach((item, answer) -> json.add(String.valueOf(item), answer));
        return json.build().toString();
    }

    @Override
    public SortedMap<Integer, Integer> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        SortedMap<Integer, Integer> answers = new TreeMap<>();
        try (var reader = Json.createReader(new StringReader(column))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, jakarta.json.JsonValue> entry : object.entrySet()) {
                answers.put(Integer.valueOf(entry.getKey()), ((JsonNumber) entry.getValue()).intValueExact());
            }
        }
        return answers;
    }
}
