package nl.databiobank.lims.security.boundary;

import java.time.Instant;
import java.util.Set;
import nl.databiobank.lims.security.entity.Role;

/**
 * How a login attempt ended. Unknown user and wrong password are both {@code INVALID}, so that
 * nobody can learn which user names exist.
 */
public record LoginOutcome(Status status, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Status { SUCCESS, INVALID, LOCKED, DISABLED }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    static LoginOutcome of(Status status) {
        return new LoginOutcome(status, null, Set.of(), null);
    }
}
