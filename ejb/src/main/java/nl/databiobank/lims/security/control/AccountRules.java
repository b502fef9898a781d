package nl.databiobank.lims.security.control;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.security.entity.Role;

/** What a user name, display name, password and role list must look like. */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    private AccountRules() {
    }

    public static void checkUsername(String username, FieldErrors errors) {
        if (username == null || username.isBlank()) {
            errors.add("username", "field.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "user.username.format");
        }
    }

    public static void checkDisplayName(String displayName, FieldErrors errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.add("displayName", "field.required");
        } else if (displayName.length() > 200) {
            errors.add("displayName", "field.tooLong", 200);
        }
    }

    public static void checkPassword(String password, String username, FieldErrors errors) {
        if (password == null || password.isEmpty()) {
            errors.add("password", "field.required");
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            errors.add("password", "user.password.tooShort", MIN_PASSWORD_LENGTH);
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            errors.add("password", "field.tooLong", MAX_PASSWORD_LENGTH);
        } else if (password.equalsIgnoreCase(username)) {
            errors.add("password", "user.password.sameAsUsername");
        }
    }

    /** The roles named, or the errors about them. */
    public static Set<Role> parseRoles(Collection<String> names, FieldErrors errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add("roles", "user.roles.required");
            return roles;
        }
        for (String name : names) {
            Role.parse(name).ifPresentOrElse(roles::add, () -> errors.add("roles", "user.role.unknown", name));
        }
        return roles;
    }

    /** A user name as typed, made comparable: surrounding blanks and capitals do not make another user. */
    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
