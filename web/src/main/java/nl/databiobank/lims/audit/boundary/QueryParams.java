package nl.databiobank.lims.audit.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import nl.databiobank.lims.platform.boundary.InvalidInputException;

/** Query parameters as typed: period bounds (a date, meaning a whole UTC day, or an ISO instant) and page numbers. */
final class QueryParams {

    private QueryParams() {
    }

    static Instant start(String text, String field) {
        return parse(text, field, false);
    }

    /** The end is exclusive: "to 2026-11-24" includes that whole day. */
    static Instant end(String text, String field) {
        return parse(text, field, true);
    }

    /** A whole number, or {@code otherwise} when absent; anything else is a 400 naming the field. */
    static int number(String text, int otherwise, String field) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "audit.page.invalid", AuditQuery.MAX_PAGE_SIZE);
        }
    }

    private static Instant parse(String text, String field, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "audit.period.invalid");
        }
    }
}
