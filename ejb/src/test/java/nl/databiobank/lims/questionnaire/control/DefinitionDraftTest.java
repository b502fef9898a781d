package nl.databiobank.lims.questionnaire.control;

import static nl.databiobank.lims.questionnaire.control.Definitions.item;
import static nl.databiobank.lims.questionnaire.control.Definitions.scale;
import static nl.databiobank.lims.questionnaire.control.Definitions.valid;
import static nl.databiobank.lims.questionnaire.control.Definitions.withItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * What the writer gives, the reader takes back as the same definition; and when an upload defines
 * the same thing as what is stored (the wording aside), which decides between "nothing to do",
 * "new wording" and "a change, so a new version".
 */
class DefinitionDraftTest {

    @Test
    void theWrittenJsonReadsBackAsTheSameDefinitionAndWording() {
        DefinitionDraft loaded = read(valid().build());
        Questionnaire stored = stored(loaded);

        JsonObject written = DefinitionWriter.json(stored);
        DefinitionDraft readBack = read(written);

        assertTrue(readBack.definesTheSameAs(loaded));
        assertEquals(loaded.wording(), readBack.wording());
        assertEquals(Map.of(5, Map.of("en", "Test wording 5", "nl", "Testformulering 5")), readBack.wording());
        assertTrue(DefinitionDraft.of(stored).definesTheSameAs(loaded));
        assertEquals(written, read(DefinitionWriter.pretty(written)), "the pretty text is the same JSON");
    }

    @Test
    void onlyScalesInTheSummaryShowInSummaryAndOnlyItemsWithWordingShowTexts() {
        JsonObject written = DefinitionWriter.json(stored(read(valid().build())));

        JsonArray scales = written.getJsonArray("scales");
        assertEquals("AS_IS", scales.getJsonObject(0).getString("inSummary"));
        assertFalse(scales.getJsonObject(2).containsKey("inSummary"));
        assertFalse(written.getJsonArray("items").getJsonObject(0).containsKey("texts"));
        assertEquals("SUM", written.getString("summary"));
        assertTrue(DefinitionWriter.json(stored(read(valid().addNull("summary").add("scales", Json.createArrayBuilder()
                .add(scale("GL", "GLOBAL", 5))).build()))).isNull("summary"));
    }

    @Test
    void theOrderOfItemsAndOfAScalesItemsDoesNotChangeADefinition() {
        JsonObject valid = valid().build();
        JsonObject reordered = Json.createObjectBuilder(valid)
                .add("items", Json.createArrayBuilder(valid.getJsonArray("items")).remove(0).add(item(1, 1, 4)))
                .add("scales", Json.createArrayBuilder(valid.getJsonArray("scales"))
                        .set(0, scale("FN", "FUNCTIONAL", 2, 1).add("inSummary", "AS_IS"))).build();

        assertTrue(read(reordered).definesTheSameAs(read(valid)));
    }

    @Test
    void theOrderOfTheScalesALabelOrARangeDoesChangeIt() {
        JsonObject valid = valid().build();
        JsonArray scales = valid.getJsonArray("scales");
        JsonObject swapped = Json.createObjectBuilder(valid).add("scales", Json.createArrayBuilder()
                .add(scales.get(1)).add(scales.get(0)).add(scales.get(2))).build();

        assertFalse(read(swapped).definesTheSameAs(read(valid)), "the scores come in the order of the scales");
        assertFalse(read(withItem(0, item(1, 1, 4).add("label", "Q1 — other"))).definesTheSameAs(read(valid)));
        assertFalse(read(withItem(4, item(5, 0, 7))).definesTheSameAs(read(valid)));
        assertFalse(read(valid().add("title", "Other title").build()).definesTheSameAs(read(valid)));
    }

    @Test
    void otherWordingIsTheSameDefinition() {
        DefinitionDraft reworded = read(withItem(0, item(1, 1, 4).add("texts", Json.createObjectBuilder()
                .add("nl", "Test wording 1"))));

        assertTrue(reworded.definesTheSameAs(read(valid().build())));
        assertNotEquals(read(valid().build()).wording(), reworded.wording());
    }

    @Test
    void rewordingChangesAddsAndDropsLanguages() {
        Questionnaire stored = stored(read(valid().build()));

        var dropped = stored.item(5).reword(Map.of("en", "Test wording 5, changed", "fy", "Test wording 5 (fy)"));

        assertEquals(List.of("nl"), dropped.stream().map(t -> t.getLanguage()).toList());
        assertEquals(Map.of("en", "Test wording 5, changed", "fy", "Test wording 5 (fy)"), stored.item(5).texts());
    }

    private static DefinitionDraft read(JsonObject json) {
        DefinitionReader.Reading reading = DefinitionReader.read(json);
        assertEquals(List.of(), DefinitionCheck.problems(reading));
        return reading.draft();
    }

    private static JsonObject read(String text) {
        return DefinitionReader.parse(text);
    }

    /** As the service stores a checked draft. */
    private static Questionnaire stored(DefinitionDraft draft) {
        Questionnaire questionnaire = new Questionnaire(draft.code(), draft.version(), draft.title(), draft.summary(),
                Instant.now());
        draft.items().forEach(i -> questionnaire.addItem(i.number(), i.min(), i.max(), i.label()).reword(i.texts()));
        draft.scales().forEach(s -> questionnaire.addScale(s.code(), s.kind(), s.label(), s.inSummary(), s.items()));
        return questionnaire;
    }
}
