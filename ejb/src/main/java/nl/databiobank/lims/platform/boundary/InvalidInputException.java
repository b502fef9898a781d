package nl.databiobank.lims.platform.boundary;

import java.util.List;

/** The request itself is wrong: one or more fields are missing or malformed (HTTP 400). */
public class InvalidInputException extends LimsException {

    private final transient List<FieldError> fieldErrors;

    public InvalidInputException(List<FieldError> fieldErrors) {
        super("invalid.input");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public InvalidInputException(String field, String key, Object... arguments) {
        this(List.of(new FieldError(field, key, arguments)));
    }

    @Override
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
