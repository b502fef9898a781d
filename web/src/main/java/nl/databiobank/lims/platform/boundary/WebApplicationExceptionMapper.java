package nl.databiobank.lims.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own answers (unknown path, wrong method, unreadable body) in the API's error shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String message = switch (status) {
            case 400 -> "The request body is not valid JSON of the expected shape.";
            case 401 -> "Log in first.";
            case 403 -> "You do not have the role needed for this.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "Only application/json is offered.";
            case 415 -> "Send application/json.";
            default -> Response.Status.fromStatusCode(status) == null ? "Error " + status
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        return ErrorResponse.of(status, message, java.util.List.of());
    }
}
