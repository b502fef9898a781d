package nl.databiobank.lims.questionnaire.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.control.SheetRow;

/**
 * One row of a response import, read from its cells: whose, which questionnaire and time point,
 * when, and the answer per item column (an empty cell is an unanswered item). What cannot be read (a
 * date that is no date, "two" as an answer) is kept as a problem of its column; whether the response
 * itself is acceptable is for {@link ResponseRules} and the import to say.
 */
public record ResponseRow(int number, String pseudonym, String questionnaire, String pointCode,
                          LocalDate completedOn, Map<Integer, Integer> answers, List<FieldError> unreadable) {

    public static ResponseRow of(SheetRow row) {
        List<FieldError> unreadable = new ArrayList<>();
        Map<String, String> fixed = new TreeMap<>();
        Map<Integer, Integer> answers = new TreeMap<>();
        row.cells().forEach((header, text) -> {
            String column = ResponseColumns.reported(header);
            Optional<Integer> item = ResponseColumns.item(header);
            if (ResponseColumns.FIXED.contains(column)) {
                fixed.put(column, text);
            } else if (item.isPresent()) {
                Integer answer = wholeNumber(text);
                if (answer == null) {
                    unreadable.add(new FieldError(column, "questionnaireImport.answer.format", text));
                } else {
                    answers.put(item.get(), answer);
                }
            } else {
                // a value in a column without a header, or under a header the import does not know
                unreadable.add(new FieldError(column, "questionnaireImport.cell.unexpected", text));
            }
        });
        return new ResponseRow(row.number(), upper(fixed.get(ResponseColumns.PSEUDONYM)),
                upper(fixed.get(ResponseColumns.QUESTIONNAIRE)), upper(fixed.get(ResponseColumns.TIME_POINT)),
                date(fixed.get(ResponseColumns.COMPLETED_ON), unreadable), answers, List.copyOf(unreadable));
    }

    private static String upper(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    // 3 and 3.0 are three (a sheet may store either); 2.5 and "two" are no answer
    private static Integer wholeNumber(String text) {
        try {
            return new BigDecimal(text.trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
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
            unreadable.add(new FieldError(ResponseColumns.COMPLETED_ON, "input.date.format"));
            return null;
        }
    }
}
