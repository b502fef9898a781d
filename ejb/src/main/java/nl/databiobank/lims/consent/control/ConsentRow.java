package nl.databiobank.lims.consent.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.control.SheetRow;

/**
 * One row of a consent import, read from its cells: who, which form version, when, witnessed by
 * whom, and a yes or no per item column. What cannot be read (a date that is no date, "maybe") is
 * kept as a problem of its column; whether the consent itself is acceptable is for
 * {@link ConsentRules} to say.
 */
public record ConsentRow(int number, String pseudonym, String formCode, Integer formVersion, LocalDate signedOn,
                         String witness, Map<String, Boolean> answers, List<FieldError> unreadable) {

    public static final String PSEUDONYM = "pseudonym";
    public static final String FORM = "form";
    public static final String VERSION = "version";
    public static final String SIGNED_ON = "signed_on";
    public static final String WITNESS = "witness";
    /** The columns every sheet needs; every column besides these and {@link #WITNESS} is a consent item. */
    public static final List<String> REQUIRED_COLUMNS = List.of(PSEUDONYM, FORM, VERSION, SIGNED_ON);
    private static final Set<String> FIXED_COLUMNS = Set.of(PSEUDONYM, FORM, VERSION, SIGNED_ON, WITNESS);

    private static final Set<String> YES = Set.of("yes", "ja", "true", "1", "y", "j");
    private static final Set<String> NO = Set.of("no", "nee", "false", "0", "n");

    public static ConsentRow of(SheetRow row) {
        List<FieldError> unreadable = new ArrayList<>();
        Map<String, Boolean> answers = new LinkedHashMap<>();
        row.cells().forEach((column, text) -> {
            if (!isItemColumn(column)) {
                return;
            }
            String item = column.trim().toUpperCase(Locale.ROOT);
            Boolean answer = answer(text);
            if (answer == null) {
                unreadable.add(new FieldError(item, "consentImport.answer.format", text));
            } else {
                answers.put(item, answer);
            }
        });
        return new ConsentRow(row.number(), row.value(PSEUDONYM), row.value(FORM),
                version(row.value(VERSION), unreadable), date(row.value(SIGNED_ON), unreadable), row.value(WITNESS),
                answers, List.copyOf(unreadable));
    }

    /** Whether the column header names a consent item rather than one of the fixed columns. */
    public static boolean isItemColumn(String header) {
        return !FIXED_COLUMNS.contains(header.trim().toLowerCase(Locale.ROOT));
    }

    private static Boolean answer(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return true;
        }
        return NO.contains(word) ? false : null;
    }

    private static Integer version(String text, List<FieldError> unreadable) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            unreadable.add(new FieldError(VERSION, "consentImport.version.format", text));
            return null;
        }
    }

    private static LocalDate date(String text, List<FieldError> unreadable) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            unreadable.add(new FieldError(SIGNED_ON, "input.date.format"));
            return null;
        }
    }
}
