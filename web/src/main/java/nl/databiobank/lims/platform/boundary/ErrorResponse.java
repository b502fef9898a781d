package nl.databiobank.lims.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The one shape of every API error (DESIGN.md): {@code {"error": "...", "details": [...]}}. */
public record ErrorResponse(String error, List<Detail> details) {

    /** What is wrong with one field; {@code field} is null for a problem of the request as a whole. */
    public record Detail(String field, String message) {
    }

    public static Response of(Response.Status status, String error) {
        return of(status.getStatusCode(), error, List.of());
    }

    public static Response of(int status, String error, List<Detail> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(error, details))
                .build();
    }
}
