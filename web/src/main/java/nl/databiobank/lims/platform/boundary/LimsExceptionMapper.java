package nl.databiobank.lims.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A refused request: 400 with the fields, 404 or 409, in the client's language. */
@Provider
public class LimsExceptionMapper implements ExceptionMapper<LimsException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(LimsException exception) {
        Locale locale = ApiLocale.of(headers);
        return ErrorResponse.of(status(exception).getStatusCode(), exception.message(locale),
                exception.fieldErrors().stream()
                        .map(e -> new ErrorResponse.Detail(e.field(), e.message(locale)))
                        .toList());
    }

    private static Response.Status status(LimsException exception) {
        if (exception instanceof UnknownEntityException) {
            return Response.Status.NOT_FOUND;
        }
        if (exception instanceof ConflictException) {
            return Response.Status.CONFLICT;
        }
        return Response.Status.BAD_REQUEST;
    }
}
