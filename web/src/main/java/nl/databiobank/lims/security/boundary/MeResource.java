package nl.databiobank.lims.security.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import nl.databiobank.lims.security.entity.Role;

/** Who the caller is, as the server sees it. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, List<String> roles) {
    }

    @GET
    public Me me(@Context SecurityContext security) {
        return new Me(security.getUserPrincipal().getName(), Arrays.stream(Role.values())
                .map(Role::name)
                .filter(security::isUserInRole)
                .toList());
    }
}
