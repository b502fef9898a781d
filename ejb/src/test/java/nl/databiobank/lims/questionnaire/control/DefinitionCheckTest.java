package nl.databiobank.lims.questionnaire.control;

import static nl.databiobank.lims.questionnaire.control.Definitions.joined;
import static nl.databiobank.lims.questionnaire.control.Definitions.item;
import static nl.databiobank.lims.questionnaire.control.Definitions.problems;
import static nl.databiobank.lims.questionnaire.control.Definitions.scale;
import static nl.databiobank.lims.questionnaire.control.Definitions.valid;
import static nl.databiobank.lims.questionnaire.control.Definitions.withItem;
import static nl.databiobank.lims.questionnaire.control.Definitions.withScale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of a definition, broken one at a time, is named by the field's path. */
class DefinitionCheckTest {

    @Test
    void theValidDefinitionHasNoProblems() {
        assertEquals(List.of(), problems(valid().build()));
    }

    @Test
    void codeVersionAndTitleAreRequired() {
        List<String> problems = problems(valid().remove("code").addNull("version").add("title", "  ").build());

        assertEquals(List.of("code: field.required", "version: field.required", "title: field.required"), problems);
    }

    @Test
    void codeAndVersionHaveTheirFormat() {
        List<String> problems = problems(valid().add("code", "Q").add("version", "1.0/beta").build());

        assertEquals(List.of("code: " + DefinitionCheck.CODE_FORMAT, "version: " + DefinitionCheck.VERSION_FORMAT),
                problems);
    }

    @Test
    void aTitleLongerThanItsColumnIsRefused() {
        assertEquals(List.of("title: field.tooLong"), problems(valid().add("title", "x".repeat(201)).build()));
    }

    @Test
    void theLowestAnswerMustLieBelowTheHighest() {
        assertEquals(List.of("items[3].max: " + DefinitionCheck.RANGE_ORDER), problems(withItem(3, item(4, 4, 4))));
        assertEquals(List.of("items[3].max: " + DefinitionCheck.RANGE_ORDER), problems(withItem(3, item(4, 5, 1))));
    }

    @Test
    void anItemNumberAppearsOnceAndIsPositive() {
        assertEquals(List.of("items[2].number: " + DefinitionCheck.ITEM_NUMBER_DUPLICATE,
                "scales[1].items: " + DefinitionCheck.SCALE_ITEM_UNKNOWN), problems(withItem(2, item(1, 1, 4))),
                "item 3 is gone, so scale SY names an unknown item");
        List<String> zero = problems(withItem(3, item(0, 1, 4)));
        assertTrue(zero.contains("items[3].number: " + DefinitionCheck.ITEM_NUMBER_RANGE), joined(zero));
    }

    @Test
    void itemFieldsAreRequired() {
        List<String> problems = problems(withItem(1, Json.createObjectBuilder().add("number", 2)));

        assertEquals(List.of("items[1].min: field.required", "items[1].max: field.required",
                "items[1].label: field.required"), problems);
    }

    @Test
    void anAnswerBeyondWhatCanBeEnteredIsRefused() {
        assertEquals(List.of("items[0].max: " + DefinitionCheck.ANSWER_RANGE), problems(withItem(0, item(1, 1, 1000))));
    }

    @Test
    void aScaleOverAnItemTheQuestionnaireDoesNotHaveIsRefused() {
        assertEquals(List.of("scales[2].items: " + DefinitionCheck.SCALE_ITEM_UNKNOWN),
                problems(withScale(2, scale("GL", "GLOBAL", 5, 31).add("label", "Global"))));
    }

    @Test
    void aScaleNamesAnItemOnceAndAtLeastOne() {
        assertEquals(List.of("scales[0].items: " + DefinitionCheck.SCALE_ITEM_DUPLICATE),
                problems(withScale(0, scale("FN", "FUNCTIONAL", 1, 2, 1).add("inSummary", "AS_IS"))));
        assertEquals(List.of("scales[2].items: " + DefinitionCheck.SCALE_ITEMS_REQUIRED),
                problems(withScale(2, scale("GL", "GLOBAL"))));
    }

    @Test
    void theItemsOfAScaleShareOneResponseScale() {
        List<String> problems = problems(withScale(2, scale("GL", "GLOBAL", 4, 5)));

        assertEquals(List.of("scales[2].items: " + DefinitionCheck.SCALE_MIXED_RANGES), problems);
    }

    @Test
    void aScaleCodeAppearsOnceAndHasItsFormat() {
        assertEquals(List.of("scales[1].code: " + DefinitionCheck.SCALE_CODE_DUPLICATE),
                problems(withScale(1, scale("FN", "SYMPTOM", 3, 4).add("inSummary", "INVERTED"))));
        assertEquals(List.of("scales[2].code: " + DefinitionCheck.SCALE_CODE_FORMAT),
                problems(withScale(2, scale("GLOBAL_HEALTH", "GLOBAL", 5))));
    }

    @Test
    void anUnknownKindIsRefused() {
        assertEquals(List.of("scales[2].kind: " + DefinitionCheck.KIND_UNKNOWN),
                problems(withScale(2, scale("GL", "OVERALL", 5))));
    }

    @Test
    void inSummaryIsAsIsInvertedOrAbsent() {
        assertEquals(List.of("scales[2].inSummary: " + DefinitionCheck.IN_SUMMARY_UNKNOWN),
                problems(withScale(2, scale("GL", "GLOBAL", 5).add("inSummary", "YES"))));
    }

    @Test
    void aSummaryCodeWithoutScalesInTheSummaryIsRefused() {
        JsonObject json = valid().add("scales", Json.createArrayBuilder().add(scale("FN", "FUNCTIONAL", 1, 2))
                .add(scale("GL", "GLOBAL", 5))).build();

        assertEquals(List.of("summary: " + DefinitionCheck.SUMMARY_WITHOUT_SCALES), problems(json));
    }

    @Test
    void scalesInTheSummaryWithoutASummaryCodeAreRefused() {
        List<String> problems = problems(valid().addNull("summary").build());

        assertEquals(List.of("scales[0].inSummary: " + DefinitionCheck.IN_SUMMARY_WITHOUT_SUMMARY,
                "scales[1].inSummary: " + DefinitionCheck.IN_SUMMARY_WITHOUT_SUMMARY), problems);
    }

    @Test
    void aSummaryCodeIsNotAScaleCode() {
        assertEquals(List.of("summary: " + DefinitionCheck.SUMMARY_IS_A_SCALE), problems(valid().add("summary", "FN")
                .build()));
    }

    @Test
    void aDefinitionHasItemsAndScales() {
        List<String> problems = problems(valid().add("items", Json.createArrayBuilder()).remove("scales")
                .addNull("summary").build());

        assertEquals(List.of("items: " + DefinitionCheck.ITEMS_REQUIRED, "scales: " + DefinitionCheck.SCALES_REQUIRED),
                problems);
    }

    @Test
    void wordingHasALanguageCodeAndText() {
        List<String> problems = problems(withItem(0, item(1, 1, 4).add("texts", Json.createObjectBuilder()
                .add("Dutch", "Test wording 1").add("nl", " ").add("en", "x".repeat(2001)))));

        assertEquals(List.of("items[0].texts.Dutch: " + DefinitionCheck.LANGUAGE_FORMAT,
                "items[0].texts.en: field.tooLong", "items[0].texts.nl: field.required"), problems);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        JsonObject json = Json.createObjectBuilder(withItem(3, item(4, 4, 1))).add("code", "q")
                .add("scales", Json.createArrayBuilder().add(scale("FN", "FUNCTIONAL", 1, 9).add("inSummary", "AS_IS"))
                        .add(scale("FN", "MOOD", 3))).build();

        List<String> problems = problems(json);

        assertEquals(List.of("code: " + DefinitionCheck.CODE_FORMAT, "items[3].max: " + DefinitionCheck.RANGE_ORDER,
                "scales[0].items: " + DefinitionCheck.SCALE_ITEM_UNKNOWN,
                "scales[1].code: " + DefinitionCheck.SCALE_CODE_DUPLICATE,
                "scales[1].kind: " + DefinitionCheck.KIND_UNKNOWN), problems);
    }
}
