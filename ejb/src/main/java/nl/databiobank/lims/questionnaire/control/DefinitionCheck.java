package nl.databiobank.lims.questionnaire.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.FieldError;

/**
 * Everything that must hold of a definition before it is stored, each problem named by its path
 * ({@code items[3].max}, {@code scales[2].items}) so the administrator can fix them all at once:
 * what the columns take, no number or code twice, ranges the right way round, scales over items the
 * questionnaire has and that share one response scale (else the scoring engine could not scale
 * them to 0–100), a known kind, and a summary score that has scales to summarise.
 */
public final class DefinitionCheck {

    public static final String CODE_FORMAT = "questionnaire.definition.code.format";
    public static final String VERSION_FORMAT = "questionnaire.definition.version.format";
    public static final String ITEMS_REQUIRED = "questionnaire.definition.items.required";
    public static final String ITEM_NUMBER_RANGE = "questionnaire.definition.item.number.range";
    public static final String ITEM_NUMBER_DUPLICATE = "questionnaire.definition.item.number.duplicate";
    public static final String ANSWER_RANGE = "questionnaire.definition.item.answer.range";
    public static final String RANGE_ORDER = "questionnaire.definition.item.range.order";
    public static final String LANGUAGE_FORMAT = "questionnaire.definition.text.language";
    public static final String SCALES_REQUIRED = "questionnaire.definition.scales.required";
    public static final String SCALE_CODE_FORMAT = "questionnaire.definition.scale.code.format";
    public static final String SCALE_CODE_DUPLICATE = "questionnaire.definition.scale.code.duplicate";
    public static final String KIND_UNKNOWN = "questionnaire.definition.scale.kind.unknown";
    public static final String SCALE_ITEMS_REQUIRED = "questionnaire.definition.scale.items.required";
    public static final String SCALE_ITEM_UNKNOWN = "questionnaire.definition.scale.item.unknown";
    public static final String SCALE_ITEM_DUPLICATE = "questionnaire.definition.scale.item.duplicate";
    public static final String SCALE_MIXED_RANGES = "questionnaire.definition.scale.items.mixedRanges";
    public static final String IN_SUMMARY_UNKNOWN = "questionnaire.definition.scale.inSummary.unknown";
    public static final String IN_SUMMARY_WITHOUT_SUMMARY = "questionnaire.definition.scale.inSummary.noSummary";
    public static final String SUMMARY_FORMAT = "questionnaire.definition.summary.format";
    public static final String SUMMARY_WITHOUT_SCALES = "questionnaire.definition.summary.noScales";
    public static final String SUMMARY_IS_A_SCALE = "questionnaire.definition.summary.isAScale";
    public static final String REQUIRED = "field.required";
    public static final String TOO_LONG = "field.tooLong";

    /** As the seeded QLQ-C30 and consent forms: capitals, digits, dash, underscore (questionnaire.code). */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");
    /** Safe in a URL and a file name: {@code 3.0}, {@code 2024-1}, {@code 1.1_nl}. */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    /** questionnaire_scale.code and questionnaire.summary_code are varchar(10). */
    private static final Pattern SCALE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,9}");
    /** An ISO 639 language, optionally with a region (questionnaire_item_text.language). */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final int TITLE_LENGTH = 200;
    private static final int ITEM_LABEL_LENGTH = 200;
    private static final int SCALE_LABEL_LENGTH = 100;
    private static final int TEXT_LENGTH = 2000;
    /** Answers are read as at most four digits (the scoring endpoint's item numbers, too). */
    private static final int HIGHEST_ITEM_NUMBER = 9999;
    private static final int LARGEST_ANSWER = 999;
    private static final Set<String> IN_SUMMARY = Set.of("AS_IS", "INVERTED");

    private final List<FieldError> problems = new ArrayList<>();

    private DefinitionCheck() {
    }

    /**
     * Every problem of what was read: the reader's (a value not of its kind, an unknown field), and the
     * content's, except where those would only repeat the reader's (a {@code "max": "four"} is not also
     * "required").
     */
    public static List<FieldError> problems(DefinitionReader.Reading reading) {
        List<FieldError> all = new ArrayList<>(reading.problems());
        problems(reading.draft()).stream()
                .filter(p -> reading.problems().stream().noneMatch(r -> related(p.field(), r.field())))
                .forEach(all::add);
        return List.copyOf(all);
    }

    /** Every problem of the draft; empty when it may be stored. */
    public static List<FieldError> problems(DefinitionDraft draft) {
        DefinitionCheck check = new DefinitionCheck();
        check.definition(draft);
        return List.copyOf(check.problems);
    }

    private void definition(DefinitionDraft draft) {
        format(draft.code(), CODE, "code", CODE_FORMAT);
        format(draft.version(), VERSION, "version", VERSION_FORMAT);
        text(draft.title(), TITLE_LENGTH, "title");
        Map<Integer, DefinitionDraft.Item> items = items(draft.items());
        // a scale's item can only be called unknown when every item's number is known
        boolean numbersKnown = draft.items() != null && !draft.items().isEmpty()
                && draft.items().stream().allMatch(item -> item.number() != null);
        Set<String> scaleCodes = scales(draft.scales(), numbersKnown ? items : null, draft.summary());
        summary(draft, scaleCodes);
    }

    /** The items by number, those whose number is usable. */
    private Map<Integer, DefinitionDraft.Item> items(List<DefinitionDraft.Item> items) {
        Map<Integer, DefinitionDraft.Item> byNumber = new HashMap<>();
        if (items == null || items.isEmpty()) {
            add("items", ITEMS_REQUIRED);
            return byNumber;
        }
        for (int i = 0; i < items.size(); i++) {
            DefinitionDraft.Item item = items.get(i);
            String path = "items[" + i + "]";
            if (item.number() == null) {
                add(path + ".number", REQUIRED);
            } else if (item.number() < 1 || item.number() > HIGHEST_ITEM_NUMBER) {
                add(path + ".number", ITEM_NUMBER_RANGE, HIGHEST_ITEM_NUMBER);
            } else if (byNumber.putIfAbsent(item.number(), item) != null) {
                add(path + ".number", ITEM_NUMBER_DUPLICATE, item.number());
            }
            answer(item.min(), path + ".min");
            answer(item.max(), path + ".max");
            if (item.min() != null && item.max() != null && item.min() >= item.max()) {
                add(path + ".max", RANGE_ORDER, item.min(), item.max());
            }
            text(item.label(), ITEM_LABEL_LENGTH, path + ".label");
            item.texts().forEach((language, text) -> {
                if (!LANGUAGE.matcher(language).matches()) {
                    add(path + ".texts." + language, LANGUAGE_FORMAT);
                } else {
                    text(text == null || text.isBlank() ? null : text, TEXT_LENGTH, path + ".texts." + language);
                }
            });
        }
        return byNumber;
    }

    /** The codes of the scales, those that are usable; {@code items} null when not every item can be told. */
    private Set<String> scales(List<DefinitionDraft.Scale> scales, Map<Integer, DefinitionDraft.Item> items,
                               String summary) {
        Set<String> codes = new HashSet<>();
        if (scales == null || scales.isEmpty()) {
            add("scales", SCALES_REQUIRED);
            return codes;
        }
        for (int i = 0; i < scales.size(); i++) {
            DefinitionDraft.Scale scale = scales.get(i);
            String path = "scales[" + i + "]";
            if (format(scale.code(), SCALE_CODE, path + ".code", SCALE_CODE_FORMAT) && !codes.add(scale.code())) {
                add(path + ".code", SCALE_CODE_DUPLICATE, scale.code());
            }
            if (scale.kind() == null) {
                add(path + ".kind", REQUIRED);
            } else if (!isKind(scale.kind())) {
                add(path + ".kind", KIND_UNKNOWN, scale.kind());
            }
            text(scale.label(), SCALE_LABEL_LENGTH, path + ".label");
            scaleItems(scale.items(), items, path + ".items");
            if (scale.inSummary() != null && !IN_SUMMARY.contains(scale.inSummary())) {
                add(path + ".inSummary", IN_SUMMARY_UNKNOWN, scale.inSummary());
            } else if (scale.inSummary() != null && summary == null) {
                add(path + ".inSummary", IN_SUMMARY_WITHOUT_SUMMARY);
            }
        }
        return codes;
    }

    private void scaleItems(List<Integer> numbers, Map<Integer, DefinitionDraft.Item> items, String path) {
        if (numbers == null || numbers.isEmpty()) {
            add(path, SCALE_ITEMS_REQUIRED);
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer number : numbers) {
            if (!seen.add(number)) {
                add(path, SCALE_ITEM_DUPLICATE, number);
            } else if (items != null && !items.containsKey(number)) {
                add(path, SCALE_ITEM_UNKNOWN, number);
            }
        }
        if (items == null) {
            return;
        }
        // items whose own range is wrong are named there already
        Map<String, List<Integer>> byRange = seen.stream().filter(items::containsKey)
                .filter(n -> hasUsableRange(items.get(n))).sorted()
                .collect(Collectors.groupingBy(n -> items.get(n).min() + "–" + items.get(n).max()));
        if (byRange.size() > 1) {
            add(path, SCALE_MIXED_RANGES, byRange.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + " (" + e.getKey() + ")")
                    .collect(Collectors.joining("; ")));
        }
    }

    private void summary(DefinitionDraft draft, Set<String> scaleCodes) {
        if (draft.summary() == null) {
            return;
        }
        if (!format(draft.summary(), SCALE_CODE, "summary", SUMMARY_FORMAT)) {
            return;
        }
        if (scaleCodes.contains(draft.summary())) {
            add("summary", SUMMARY_IS_A_SCALE, draft.summary());
        }
        boolean anyInSummary = draft.scales() != null
                && draft.scales().stream().map(DefinitionDraft.Scale::inSummary).filter(Objects::nonNull)
                .anyMatch(IN_SUMMARY::contains);
        if (!anyInSummary) {
            add("summary", SUMMARY_WITHOUT_SCALES, draft.summary());
        }
    }

    private static boolean hasUsableRange(DefinitionDraft.Item item) {
        return item.min() != null && item.max() != null && item.min() < item.max()
                && Math.abs(item.min()) <= LARGEST_ANSWER && Math.abs(item.max()) <= LARGEST_ANSWER;
    }

    private static boolean isKind(String kind) {
        try {
            ScaleKind.valueOf(kind);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void answer(Integer answer, String path) {
        if (answer == null) {
            add(path, REQUIRED);
        } else if (Math.abs(answer) > LARGEST_ANSWER) {
            add(path, ANSWER_RANGE, -LARGEST_ANSWER, LARGEST_ANSWER);
        }
    }

    /** Whether the required value is there and has its format; names the problem when not. */
    private boolean format(String value, Pattern pattern, String path, String key) {
        if (value == null) {
            add(path, REQUIRED);
            return false;
        }
        if (!pattern.matcher(value).matches()) {
            add(path, key);
            return false;
        }
        return true;
    }

    private void text(String value, int maxLength, String path) {
        if (value == null) {
            add(path, REQUIRED);
        } else if (value.length() > maxLength) {
            add(path, TOO_LONG, maxLength);
        }
    }

    private void add(String field, String key, Object... arguments) {
        problems.add(new FieldError(field, key, arguments));
    }

    /** One field is the other or lies inside it: {@code scales[2].items} and {@code scales[2].items[1]}. */
    private static boolean related(String field, String other) {
        return sameOrInside(field, other) || sameOrInside(other, field);
    }

    private static boolean sameOrInside(String field, String other) {
        return Objects.equals(field, other) || field.startsWith(other + ".") || field.startsWith(other + "[");
    }
}
