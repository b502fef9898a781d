package nl.databiobank.lims.questionnaire.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;

/**
 * Reads a definition from its JSON, field by field, so that every value that is not of its kind
 * ({@code "max": "four"}) and every field a definition does not have ({@code "lable"}, a typo that
 * would otherwise silently drop the label) is named by its path, e.g. {@code items[3].max}. What it
 * cannot read is left null in the draft; {@link DefinitionCheck} then checks the content.
 */
public final class DefinitionReader {

    public static final String NOT_JSON = "questionnaire.definition.notJson";
    public static final String NOT_OBJECT = "questionnaire.definition.notObject";
    public static final String NOT_LIST = "questionnaire.definition.notList";
    public static final String NOT_TEXT = "questionnaire.definition.notText";
    public static final String NOT_WHOLE = "questionnaire.definition.notWhole";
    public static final String UNKNOWN_FIELD = "questionnaire.definition.field.unknown";

    private static final Set<String> FIELDS = Set.of("code", "version", "title", "summary", "items", "scales");
    private static final Set<String> ITEM_FIELDS = Set.of("number", "min", "max", "label", "texts");
    private static final Set<String> SCALE_FIELDS = Set.of("code", "kind", "label", "items", "inSummary");

    private final List<FieldError> problems = new ArrayList<>();

    private DefinitionReader() {
    }

    /** What was read, and what could not be, by path. */
    public record Reading(DefinitionDraft draft, List<FieldError> problems) {

        public Reading {
            problems = List.copyOf(problems);
        }
    }

    /** The JSON object in {@code text} (a file or the page's editor); a 400 on {@code json} when it is none. */
    public static JsonObject parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("json", "field.required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("json", NOT_OBJECT);
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new InvalidInputException("json", NOT_JSON, e.getLocation().getLineNumber(),
                    e.getLocation().getColumnNumber());
        } catch (JsonException e) {
            throw new InvalidInputException("json", NOT_JSON, 1, 1);
        }
    }

    public static Reading read(JsonObject json) {
        DefinitionReader reader = new DefinitionReader();
        DefinitionDraft draft = reader.definition(json);
        return new Reading(draft, reader.problems);
    }

    private DefinitionDraft definition(JsonObject json) {
        unknownFields(json, FIELDS, "");
        return new DefinitionDraft(code(text(json, "code", "")), text(json, "version", ""), text(json, "title", ""),
                code(text(json, "summary", "")), list(json, "items", "", this::item),
                list(json, "scales", "", this::scale));
    }

    private DefinitionDraft.Item item(JsonObject json, String path) {
        if (json == null) {
            return new DefinitionDraft.Item(null, null, null, null, null);
        }
        unknownFields(json, ITEM_FIELDS, path + ".");
        return new DefinitionDraft.Item(whole(json, "number", path + "."), whole(json, "min", path + "."),
                whole(json, "max", path + "."), text(json, "label", path + "."), texts(json, path + ".texts"));
    }

    private DefinitionDraft.Scale scale(JsonObject json, String path) {
        if (json == null) {
            return new DefinitionDraft.Scale(null, null, null, null, null);
        }
        unknownFields(json, SCALE_FIELDS, path + ".");
        return new DefinitionDraft.Scale(code(text(json, "code", path + ".")), code(text(json, "kind", path + ".")),
                text(json, "label", path + "."), numbers(json.get("items"), path + ".items"),
                code(text(json, "inSummary", path + ".")));
    }

    /** Language → wording; a wording that is no text is named ({@code items[3].texts.nl}). */
    private Map<String, String> texts(JsonObject item, String path) {
        JsonValue value = item.get("texts");
        if (absent(value)) {
            return Map.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problem(path, NOT_OBJECT);
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        value.asJsonObject().forEach((language, text) -> {
            if (text instanceof JsonString string) {
                texts.put(language.strip(), string.getString().strip());
            } else {
                problem(path + "." + language, NOT_TEXT);
            }
        });
        return texts;
    }

    /** The item numbers of a scale; those that are no whole number are named ({@code scales[2].items[1]}). */
    private List<Integer> numbers(JsonValue value, String path) {
        if (absent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problem(path, NOT_LIST);
            return null;
        }
        List<Integer> numbers = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            Integer number = whole(array.get(i));
            if (number == null) {
                problem(path + "[" + i + "]", NOT_WHOLE);
            } else {
                numbers.add(number);
            }
        }
        return numbers;
    }

    private <T> List<T> list(JsonObject json, String name, String prefix, BiFunction<JsonObject, String, T> element) {
        JsonValue value = json.get(name);
        String path = prefix + name;
        if (absent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problem(path, NOT_LIST);
            return null;
        }
        List<T> elements = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String elementPath = path + "[" + i + "]";
            if (array.get(i).getValueType() == JsonValue.ValueType.OBJECT) {
                elements.add(element.apply(array.get(i).asJsonObject(), elementPath));
            } else {
                // an empty stand-in keeps the positions of the others, so each is named by its own index
                problem(elementPath, NOT_OBJECT);
                elements.add(element.apply(null, elementPath));
            }
        }
        return elements;
    }

    private String text(JsonObject json, String name, String prefix) {
        JsonValue value = json.get(name);
        if (absent(value)) {
            return null;
        }
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            return text.isEmpty() ? null : text;
        }
        problem(prefix + name, NOT_TEXT);
        return null;
    }

    private Integer whole(JsonObject json, String name, String prefix) {
        JsonValue value = json.get(name);
        if (absent(value)) {
            return null;
        }
        Integer number = whole(value);
        if (number == null) {
            problem(prefix + name, NOT_WHOLE);
        }
        return number;
    }

    private static Integer whole(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigIntegerValueExact().intValueExact();
            } catch (ArithmeticException tooLarge) {
                return null;
            }
        }
        return null;
    }

    private void unknownFields(JsonObject json, Set<String> known, String prefix) {
        json.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> problem(prefix + name, UNKNOWN_FIELD));
    }

    private static String code(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static boolean absent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private void problem(String field, String key) {
        problems.add(new FieldError(field, key));
    }
}
