package nl.databiobank.lims.it.support;

import java.util.List;

/** A user name with its password and roles: a demo user's, or one a test created. */
public record Login(String username, String password, List<String> roles) {
}
