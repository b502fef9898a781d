package nl.databiobank.lims.security.boundary;

import java.util.List;

/** What an administrator fills in to create an account; checked by {@link UserService}. */
public record NewUser(String username, String displayName, String password, List<String> roles) {
}
