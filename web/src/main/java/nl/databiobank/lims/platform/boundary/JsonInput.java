package nl.databiobank.lims.platform.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

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

    /**
     * A moment: an ISO date-time with offset ({@code 2026-11-24T09:30:00+01:00}, {@code ...Z}), or
     * without one, read as the server's local time; null when absent.
     */
    public static Instant dateTime(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.trim()).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "input.dateTime.format");
            }
        }
    }

    /** A comma-separated list of codes ({@code TISSUE,BLOOD}); at least one is required. */
    public static List<String> codes(String text, String field) {
        List<String> codes = text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (codes.isEmpty()) {
            throw new InvalidInputException(field, "field.required");
        }
        return codes;
    }

    /** An ISO date, or today when absent. */
    public static LocalDate dateOrToday(String text, String field) {
        LocalDate date = date(text, field);
        return date == null ? LocalDate.now() : date;
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
