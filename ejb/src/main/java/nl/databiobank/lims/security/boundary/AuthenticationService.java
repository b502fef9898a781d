package nl.databiobank.lims.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.databiobank.lims.audit.boundary.AccessLog;
import nl.databiobank.lims.security.control.AccountRules;
import nl.databiobank.lims.security.control.PasswordHasher;
import nl.databiobank.lims.security.control.VerifiedCredentials;
import nl.databiobank.lims.security.entity.LoginState;
import nl.databiobank.lims.security.entity.Role;
import nl.databiobank.lims.security.entity.UserAccount;

/**
 * Checks a user name and password for the login page and the API alike, keeps the lockout
 * count, and writes every attempt to the access log.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @EJB
    AccessLog accessLog;

    @Inject
    VerifiedCredentials verified;

    Clock clock = Clock.systemUTC();

    public LoginOutcome authenticate(String typedUsername, String password, String clientAddress) {
        String username = AccountRules.normalise(typedUsername);
        Instant now = Instant.now(clock);
        Optional<UserAccount> found = find(username);
        if (found.isEmpty() || password == null) {
            hasher.spendTimeAsIfVerifying(password == null ? "" : password);
            accessLog.record(String.valueOf(username), AccessLog.LOGIN_FAILED, null, "unknown user", clientAddress);
            return LoginOutcome.of(LoginOutcome.Status.INVALID);
        }
        UserAccount user = found.get();
        LoginState logins = user.loginState();
        if (logins.isLocked(now)) {
            accessLog.record(username, AccessLog.LOGIN_FAILED, null, "account locked", clientAddress);
            return new LoginOutcome(LoginOutcome.Status.LOCKED, username, Set.of(), logins.getLockedUntil());
        }
        if (user.isEnabled() && verified.recentlyVerified(username, password, user.getPasswordHash(), now)) {
            // the login itself was logged when these credentials were verified
            return new LoginOutcome(LoginOutcome.Status.SUCCESS, username, user.getRoles(), null);
        }
        if (!hasher.matches(password, user.getPasswordHash())) {
            boolean lockedNow = logins.recordFailedLogin(now);
            accessLog.record(username, AccessLog.LOGIN_FAILED, null, "wrong password", clientAddress);
            if (lockedNow) {
                accessLog.record(username, AccessLog.ACCOUNT_LOCKED, null,
                        LoginState.MAX_FAILED_LOGINS + " wrong passwords in a row", clientAddress);
                return new LoginOutcome(LoginOutcome.Status.LOCKED, username, Set.of(), logins.getLockedUntil());
            }
            return LoginOutcome.of(LoginOutcome.Status.INVALID);
        }
        if (!user.isEnabled()) {
            accessLog.record(username, AccessLog.LOGIN_FAILED, null, "account disabled", clientAddress);
            return LoginOutcome.of(LoginOutcome.Status.DISABLED);
        }
        logins.recordSuccessfulLogin(now);
        accessLog.record(username, AccessLog.LOGIN, null, null, clientAddress);
        verified.remember(username, password, user.getPasswordHash(), now);
        return new LoginOutcome(LoginOutcome.Status.SUCCESS, username, user.getRoles(), null);
    }

    /**
     * The roles of a logged-in user as they are now, checked at every request of a session;
     * empty when the account was disabled or removed meanwhile, which ends the session.
     */
    public Optional<Set<Role>> currentRoles(String username) {
        return find(username).filter(UserAccount::isEnabled).map(UserAccount::getRoles);
    }

    public void loggedOut(String username, String clientAddress) {
        accessLog.record(username, AccessLog.LOGOUT, null, null, clientAddress);
    }

    private Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
