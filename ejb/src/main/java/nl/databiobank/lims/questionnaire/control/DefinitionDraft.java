package nl.databiobank.lims.questionnaire.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireItem;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireScale;

/**
 * A questionnaire definition as an administrator loads it (the JSON of
 * {@code GET /api/questionnaires/{code}}), read but not yet checked: a field that was absent or not
 * of its kind is null, and {@link DefinitionCheck} says what is wrong. Texts are trimmed and codes in
 * capitals, so that {@code "qlq-c30 "} and {@code "QLQ-C30"} are one questionnaire.
 */
public record DefinitionDraft(String code, String version, String title, String summary, List<Item> items,
                              List<Scale> scales) {

    /** One item; {@code texts} is its wording by language, empty when none is given. */
    public record Item(Integer number, Integer min, Integer max, String label, Map<String, String> texts) {

        public Item {
            texts = texts == null ? Map.of() : new TreeMap<>(texts);
        }

        Item withoutTexts() {
            return new Item(number, min, max, label, Map.of());
        }
    }

    /** One scale; {@code inSummary} is AS_IS, INVERTED or null (not part of the summary score). */
    public record Scale(String code, String kind, String label, List<Integer> items, String inSummary) {

        Scale sorted() {
            return new Scale(code, kind, label, items.stream().sorted().toList(), inSummary);
        }
    }

    /** The stored definition in the same terms, for comparing an upload with it. */
    public static DefinitionDraft of(Questionnaire questionnaire) {
        return new DefinitionDraft(questionnaire.getCode(), questionnaire.getDefinitionVersion(),
                questionnaire.getTitle(), questionnaire.getSummaryCode(),
                questionnaire.getItems().stream().map(DefinitionDraft::item).toList(),
                questionnaire.getScales().stream().map(DefinitionDraft::scale).toList());
    }

    /**
     * Whether the two define the same thing: the same items and scales, whatever the order of the
     * items and of a scale's item numbers; the order of the scales counts (it is the order of the
     * scores). The wording is not part of a definition. Only for checked drafts.
     */
    public boolean definesTheSameAs(DefinitionDraft other) {
        return withoutWording().equals(other.withoutWording());
    }

    /** The wording by item number, only the items that have any. Only for checked drafts. */
    public Map<Integer, Map<String, String>> wording() {
        Map<Integer, Map<String, String>> wording = new TreeMap<>();
        items.stream().filter(i -> !i.texts().isEmpty()).forEach(i -> wording.put(i.number(), i.texts()));
        return wording;
    }

    private DefinitionDraft withoutWording() {
        return new DefinitionDraft(code, version, title, summary,
                items.stream().sorted(Comparator.comparing(Item::number)).map(Item::withoutTexts).toList(),
                scales.stream().map(Scale::sorted).toList());
    }

    private static Item item(QuestionnaireItem item) {
        return new Item(item.getNumber(), item.getMinAnswer(), item.getMaxAnswer(), item.getLabel(), item.texts());
    }

    private static Scale scale(QuestionnaireScale scale) {
        return new Scale(scale.getCode(), scale.getKind(), scale.getLabel(), scale.getItems(), scale.getInSummary());
    }
}
