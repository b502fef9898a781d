package nl.databiobank.lims.security.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.security.entity.UserAccount;

/**
 * Accounts, for administrators. Corrections take a reason in the {@code X-Reason} header or a
 * {@code reason} field, and optionally the {@code version} the client saw (a stale one gets 409).
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    static final String REASON = "X-Reason";

    @EJB
    UserService users;

    public record UserJson(String username, String displayName, List<String> roles, boolean enabled, boolean locked,
                           long version) {

        static UserJson of(UserAccount user) {
            return new UserJson(user.getUsername(), user.getDisplayName(),
                    user.getRoles().stream().map(Enum::name).toList(), user.isEnabled(),
                    user.isLocked(Instant.now()), user.getVersion());
        }
    }

    public record RolesJson(List<String> roles, String reason, Long version) {
    }

    public record PasswordJson(String password, String reason, Long version) {
    }

    public record ReasonJson(String reason, Long version) {
    }

    @GET
    public List<UserJson> list() {
        return users.list().stream().map(UserJson::of).toList();
    }

    @GET
    @Path("{username}")
    public UserJson get(@PathParam("username") String username) {
        return UserJson.of(users.find(username));
    }

    @POST
    public Response create(NewUser request) {
        UserAccount user = users.create(JsonInput.required(request));
        return Response.created(UriBuilder.fromResource(UsersResource.class).path(user.getUsername()).build())
                .entity(UserJson.of(user)).build();
    }

    @PUT
    @Path("{username}/roles")
    public UserJson assignRoles(@PathParam("username") String username, @HeaderParam(REASON) String reason,
                                RolesJson request) {
        RolesJson body = JsonInput.required(request);
        return UserJson.of(users.assignRoles(username, body.roles(), correction(reason, body.reason(), body.version())));
    }

    @POST
    @Path("{username}/disable")
    public UserJson disable(@PathParam("username") String username, @HeaderParam(REASON) String reason,
                            ReasonJson request) {
        return UserJson.of(users.disable(username, correction(reason, request)));
    }

    @POST
    @Path("{username}/enable")
    public UserJson enable(@PathParam("username") String username, @HeaderParam(REASON) String reason,
                           ReasonJson request) {
        return UserJson.of(users.enable(username, correction(reason, request)));
    }

    @POST
    @Path("{username}/password")
    public UserJson resetPassword(@PathParam("username") String username, @HeaderParam(REASON) String reason,
                                  PasswordJson request) {
        PasswordJson body = JsonInput.required(request);
        return UserJson.of(users.resetPassword(username, body.password(),
                correction(reason, body.reason(), body.version())));
    }

    private static Correction correction(String header, ReasonJson body) {
        return body == null ? correction(header, null, null) : correction(header, body.reason(), body.version());
    }

    private static Correction correction(String header, String field, Long version) {
        return new Correction(header != null && !header.isBlank() ? header : field, version);
    }

}
