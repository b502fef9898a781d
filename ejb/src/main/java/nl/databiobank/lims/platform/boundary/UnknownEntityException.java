package nl.databiobank.lims.platform.boundary;

/** The request names something that does not exist (HTTP 404). */
public class UnknownEntityException extends LimsException {

    public UnknownEntityException(String key, Object... arguments) {
        super(key, arguments);
    }
}
