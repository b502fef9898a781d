package nl.databiobank.lims.platform.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the EJB container throws: a role too few (403), someone else's update in between (409),
 * or a fault of ours (500, logged, without a stack trace in the answer).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBException exception) {
        if (exception instanceof EJBAccessException) {
            return ErrorResponse.of(Response.Status.FORBIDDEN,
                    LimsException.format(ApiLocale.of(headers), "access.denied"));
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return ErrorResponse.of(Response.Status.CONFLICT,
                        "Someone else changed this meanwhile; reload and try again.");
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure in a service", exception);
        return ErrorResponse.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; it has been logged.");
    }
}
