package nl.databiobank.lims.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else: unreadable JSON is the client's mistake (400); the rest is ours (500, logged). */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof ProcessingException
                    || cause instanceof jakarta.json.JsonException) {
                return ErrorResponse.of(Response.Status.BAD_REQUEST,
                        "The request body is not valid JSON of the expected shape.");
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", exception);
        return ErrorResponse.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; it has been logged.");
    }
}
