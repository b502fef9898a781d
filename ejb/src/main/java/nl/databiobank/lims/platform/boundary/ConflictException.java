package nl.databiobank.lims.platform.boundary;

/** The request is well-formed but clashes with what exists: a duplicate, a stale version (HTTP 409). */
public class ConflictException extends LimsException {

    public ConflictException(String key, Object... arguments) {
        super(key, arguments);
    }
}
