package nl.databiobank.lims.questionnaire.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireItem;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireScale;

/**
 * A definition as JSON, the shape of {@code GET /api/questionnaires/{code}} and of the page's
 * download, which {@link DefinitionReader} reads back as it is: so an administrator downloads a
 * definition, changes it (and its version) and uploads it again. {@code texts} and
 * {@code inSummary} appear only where there are any.
 */
public final class DefinitionWriter {

    private DefinitionWriter() {
    }

    public static JsonObject json(Questionnaire questionnaire) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        questionnaire.getItems().forEach(item -> items.add(item(item)));
        JsonArrayBuilder scales = Json.createArrayBuilder();
        questionnaire.getScales().forEach(scale -> scales.add(scale(scale)));
        JsonObjectBuilder json = Json.createObjectBuilder().add("code", questionnaire.getCode())
                .add("version", questionnaire.getDefinitionVersion()).add("title", questionnaire.getTitle());
        if (questionnaire.getSummaryCode() == null) {
            json.addNull("summary");
        } else {
            json.add("summary", questionnaire.getSummaryCode());
        }
        return json.add("items", items).add("scales", scales).build();
    }

    /** Indented, for a file to read and the page's editor. */
    public static String pretty(JsonObject json) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.writeObject(json);
        }
        return text.toString().strip() + "\n";
    }

    private static JsonObjectBuilder item(QuestionnaireItem item) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("number", item.getNumber())
                .add("min", item.getMinAnswer()).add("max", item.getMaxAnswer()).add("label", item.getLabel());
        Map<String, String> texts = item.texts();
        if (!texts.isEmpty()) {
            JsonObjectBuilder byLanguage = Json.createObjectBuilder();
            texts.forEach(byLanguage::add);
            json.add("texts", byLanguage);
        }
        return json;
    }

    private static JsonObjectBuilder scale(QuestionnaireScale scale) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("code", scale.getCode()).add("kind", scale.getKind())
                .add("label", scale.getLabel()).add("items", Json.createArrayBuilder(scale.getItems()));
        if (scale.getInSummary() != null) {
            json.add("inSummary", scale.getInSummary());
        }
        return json;
    }
}
