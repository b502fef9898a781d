package nl.databiobank.lims.questionnaire.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.databiobank.lims.platform.boundary.FieldError;

/**
 * The columns of a sheet of questionnaire responses: four fixed ones and one per item ({@code q1} …
 * {@code q30}). Headers are recognised the way people type them — "Time point", "time_point" and
 * "TIME-POINT" are one column — and reported under the names below.
 */
public final class ResponseColumns {

    public static final String PSEUDONYM = "pseudonym";
    public static final String QUESTIONNAIRE = "questionnaire";
    public static final String TIME_POINT = "time point";
    public static final String COMPLETED_ON = "completed on";
    public static final List<String> FIXED = List.of(PSEUDONYM, QUESTIONNAIRE, TIME_POINT, COMPLETED_ON);

    private static final Pattern ITEM = Pattern.compile("q ?(\\d{1,4})");

    private ResponseColumns() {
    }

    /** Lower case, with underscores, hyphens and runs of spaces read as one space. */
    public static String normalise(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }

    /** The item number of an item column ({@code q29} → 29), empty for any other column. */
    public static Optional<Integer> item(String header) {
        Matcher matcher = ITEM.matcher(normalise(header));
        return matcher.matches() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
    }

    /** The name a report gives the column of item {@code number}. */
    public static String itemColumn(int number) {
        return "q" + number;
    }

    /** What the report names the column of a header: the fixed name or {@code qN}, else the header as it is. */
    public static String reported(String header) {
        String normalised = normalise(header);
        if (FIXED.contains(normalised)) {
            return normalised;
        }
        return item(header).map(ResponseColumns::itemColumn).orElse(header.trim());
    }

    /**
     * What is wrong with a header row, by column: a fixed column missing, a column that is neither
     * fixed nor an item, an item the questionnaire does not have, a column given twice.
     */
    public static List<FieldError> problems(List<String> header, ScoringDefinition definition) {
        List<FieldError> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            String name = reported(column);
            if (!seen.add(name)) {
                problems.add(new FieldError(name, "questionnaireImport.column.twice"));
                continue;
            }
            Optional<Integer> item = item(column);
            if (item.isPresent() && definition.item(item.get()).isEmpty()) {
                problems.add(new FieldError(name, "questionnaire.item.unknown", item.get()));
            } else if (item.isEmpty() && !FIXED.contains(name)) {
                problems.add(new FieldError(name, "questionnaireImport.column.unknown", itemRange(definition)));
            }
        }
        FIXED.stream().filter(fixed -> !seen.contains(fixed))
                .forEach(missing -> problems.add(new FieldError(missing, "questionnaireImport.column.missing")));
        return problems;
    }

    /** {@code q1..q30}: how a report names the answers as a whole ("no answer at all"). */
    public static String itemRange(ScoringDefinition definition) {
        List<ItemRange> items = definition.items();
        if (items.isEmpty()) {
            return "answers";
        }
        return itemColumn(items.get(0).number()) + ".." + itemColumn(items.get(items.size() - 1).number());
    }
}
