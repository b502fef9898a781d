package nl.databiobank.lims.platform.boundary;

import java.util.Locale;

/** What is wrong with one cell of an import: the row number as Excel shows it, the column header, why. */
public record ImportRowError(int row, String column, String key, Object... arguments) {

    public static ImportRowError of(int row, FieldError error) {
        return new ImportRowError(row, error.field(), error.key(), error.arguments());
    }

    /** "row 3: signed_on", the field of the API's error details. */
    public String field() {
        return "row " + row + ": " + column;
    }

    public String message(Locale locale) {
        return LimsException.format(locale, key, arguments);
    }

    public FieldError asFieldError() {
        return new FieldError(field(), key, arguments);
    }
}
