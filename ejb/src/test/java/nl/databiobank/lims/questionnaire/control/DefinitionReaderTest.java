package nl.databiobank.lims.questionnaire.control;

import static nl.databiobank.lims.questionnaire.control.Definitions.item;
import static nl.databiobank.lims.questionnaire.control.Definitions.problems;
import static nl.databiobank.lims.questionnaire.control.Definitions.scale;
import static nl.databiobank.lims.questionnaire.control.Definitions.valid;
import static nl.databiobank.lims.questionnaire.control.Definitions.withItem;
import static nl.databiobank.lims.questionnaire.control.Definitions.withScale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What is not of its kind, or not a field of a definition, is named by its path; nothing more about it. */
class DefinitionReaderTest {

    @Test
    void aValueNotOfItsKindIsNamedOnce() {
        JsonObject json = withItem(3, item(4, 1, 4).add("max", "four"));

        assertEquals(List.of("items[3].max: " + DefinitionReader.NOT_WHOLE), problems(json));
    }

    @Test
    void aFractionOrAHugeNumberIsNoWholeNumber() {
        assertEquals(List.of("items[0].min: " + DefinitionReader.NOT_WHOLE),
                problems(withItem(0, item(1, 1, 4).add("min", 1.5))));
        assertEquals(List.of("items[0].number: " + DefinitionReader.NOT_WHOLE),
                problems(withItem(0, item(1, 1, 4).add("number", 12345678901L))));
    }

    @Test
    void anUnknownFieldIsNamedSoThatATypoIsNotSilentlyDropped() {
        JsonObject json = withItem(0, item(1, 1, 4).remove("label").add("lable", "Q1"));

        assertEquals(List.of("items[0].lable: " + DefinitionReader.UNKNOWN_FIELD, "items[0].label: field.required"),
                problems(json));
        assertEquals(List.of("id: " + DefinitionReader.UNKNOWN_FIELD), problems(valid().add("id", 7).build()));
    }

    @Test
    void anItemThatIsNoObjectKeepsTheOthersAtTheirIndex() {
        JsonObject valid = valid().build();
        JsonObject json = Json.createObjectBuilder(valid).add("items", Json.createArrayBuilder(valid.getJsonArray("items"))
                .set(1, "second").set(2, item(3, 4, 1))).build();

        assertEquals(List.of("items[1]: " + DefinitionReader.NOT_OBJECT, "items[2].max: " + DefinitionCheck.RANGE_ORDER),
                problems(json));
    }

    @Test
    void aScaleItemThatIsNoNumberIsNamedByItsIndex() {
        JsonObject json = withScale(1, scale("SY", "SYMPTOM", 3).add("inSummary", "INVERTED")
                .add("items", Json.createArrayBuilder().add(3).add("four")));

        assertEquals(List.of("scales[1].items[1]: " + DefinitionReader.NOT_WHOLE), problems(json));
    }

    @Test
    void listsAndTextsMustBeOfTheirKind() {
        assertEquals(List.of("items: " + DefinitionReader.NOT_LIST), problems(valid().add("items", "1-5").build()));
        assertEquals(List.of("title: " + DefinitionReader.NOT_TEXT), problems(valid().add("title", 3).build()));
        assertEquals(List.of("items[4].texts.nl: " + DefinitionReader.NOT_TEXT),
                problems(withItem(4, item(5, 0, 10).add("texts", Json.createObjectBuilder().add("nl", 5)))));
        assertEquals(List.of("items[4].texts: " + DefinitionReader.NOT_OBJECT),
                problems(withItem(4, item(5, 0, 10).add("texts", "Test wording 5"))));
    }

    @Test
    void codesAreTakenInCapitalsAndTextsTrimmed() {
        JsonObject json = valid().add("code", " test-q ").add("title", "  Test questionnaire ")
                .add("scales", Json.createArrayBuilder().add(scale("fn", "functional", 1, 2).add("inSummary", "as_is"))
                        .add(scale("gl", "global", 5))).build();

        DefinitionReader.Reading reading = DefinitionReader.read(json);

        assertEquals(List.of(), DefinitionCheck.problems(reading));
        assertEquals("TEST-Q", reading.draft().code());
        assertEquals("Test questionnaire", reading.draft().title());
        assertEquals(new DefinitionDraft.Scale("FN", "FUNCTIONAL", "Scale fn", List.of(1, 2), "AS_IS"),
                reading.draft().scales().get(0));
        assertEquals(Map.of("en", "Test wording 5", "nl", "Testformulering 5"), reading.draft().items().get(4).texts());
    }

    @Test
    void textThatIsNoJsonObjectIsRefusedWithWhereItWentWrong() {
        FieldError broken = assertThrows(InvalidInputException.class, () -> DefinitionReader.parse("{\"code\": \"X\",\n"
                + "\"items\": [1, 2,,]}")).fieldErrors().get(0);
        assertEquals("json", broken.field());
        assertEquals(DefinitionReader.NOT_JSON, broken.key());
        assertEquals(2L, ((Number) broken.arguments()[0]).longValue());

        assertEquals(DefinitionReader.NOT_OBJECT, assertThrows(InvalidInputException.class,
                () -> DefinitionReader.parse("[1, 2]")).fieldErrors().get(0).key());
        assertEquals("field.required", assertThrows(InvalidInputException.class,
                () -> DefinitionReader.parse("  ")).fieldErrors().get(0).key());
        assertEquals("TEST-Q", DefinitionReader.parse(valid().build().toString()).getString("code"));
    }
}
