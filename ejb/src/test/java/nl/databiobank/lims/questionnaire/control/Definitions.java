package nl.databiobank.lims.questionnaire.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.FieldError;

/**
 * A small valid definition as JSON, to break one field at a time: four items answered 1–4 and one
 * answered 0–10, a functional, a symptom and a global scale, a summary over the first two. The
 * wording is invented ("Test wording 1"), never a real questionnaire's.
 */
final class Definitions {

    private Definitions() {
    }

    static JsonObjectBuilder valid() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int number = 1; number <= 4; number++) {
            items.add(item(number, 1, 4));
        }
        items.add(item(5, 0, 10).add("texts", Json.createObjectBuilder().add("en", "Test wording 5")
                .add("nl", "Testformulering 5")));
        return Json.createObjectBuilder().add("code", "TEST-Q").add("version", "1.0").add("title", "Test questionnaire")
                .add("summary", "SUM").add("items", items)
                .add("scales", Json.createArrayBuilder()
                        .add(scale("FN", "FUNCTIONAL", 1, 2).add("inSummary", "AS_IS"))
                        .add(scale("SY", "SYMPTOM", 3, 4).add("inSummary", "INVERTED"))
                        .add(scale("GL", "GLOBAL", 5)));
    }

    static JsonObjectBuilder item(int number, int min, int max) {
        return Json.createObjectBuilder().add("number", number).add("min", min).add("max", max)
                .add("label", "Q" + number + " — test item");
    }

    static JsonObjectBuilder scale(String code, String kind, Integer... items) {
        return Json.createObjectBuilder().add("code", code).add("kind", kind).add("label", "Scale " + code)
                .add("items", Json.createArrayBuilder(List.of(items)));
    }

    /** The valid definition with {@code items[index]} replaced. */
    static JsonObject withItem(int index, JsonObjectBuilder item) {
        JsonObject valid = valid().build();
        return Json.createObjectBuilder(valid)
                .add("items", Json.createArrayBuilder(valid.getJsonArray("items")).set(index, item)).build();
    }

    /** The valid definition with {@code scales[index]} replaced. */
    static JsonObject withScale(int index, JsonObjectBuilder scale) {
        JsonObject valid = valid().build();
        return Json.createObjectBuilder(valid)
                .add("scales", Json.createArrayBuilder(valid.getJsonArray("scales")).set(index, scale)).build();
    }

    /** Every problem, as "field: key", in the order found. */
    static List<String> problems(JsonObject json) {
        return DefinitionCheck.problems(DefinitionReader.read(json)).stream().map(Definitions::shown).toList();
    }

    static String shown(FieldError error) {
        return error.field() + ": " + error.key();
    }

    static String joined(List<String> problems) {
        return problems.stream().collect(Collectors.joining("\n"));
    }
}
