package nl.databiobank.lims.platform.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Values of a JSON request that arrive as text, turned into what the services take, with a 400
 * that names the field when they cannot be.
 */
public final class JsonInput {

    private JsonInput() {
    }

    /** An ISO date (2026-11-24), or null when absent. */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "input.date.format");
        }
    }

    /** Base64 content, or null when absent. */
    public static byte[] base64(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "input.base64.format");
        }
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "field.required");
        }
        return body;
    }
}
