package nl.databiobank.lims.platform.boundary;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request before refusing it, so the user sees them all at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String key, Object... arguments) {
        errors.add(new FieldError(field, key, arguments));
        return this;
    }

    public FieldErrors require(boolean condition, String field, String key, Object... arguments) {
        return condition ? this : add(field, key, arguments);
    }

    /** A text that fits its column: at most {@code max} characters once trimmed (null passes). */
    public FieldErrors requireAtMost(String text, int max, String field) {
        return require(text == null || text.trim().length() <= max, field, "field.tooLong", max);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
