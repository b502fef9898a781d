package nl.databiobank.lims.platform.boundary;

import java.util.Locale;

/** What is wrong with one field of a request: the field's name and a message key with its arguments. */
public record FieldError(String field, String key, Object... arguments) {

    public String message(Locale locale) {
        return LimsException.format(locale, key, arguments);
    }
}
