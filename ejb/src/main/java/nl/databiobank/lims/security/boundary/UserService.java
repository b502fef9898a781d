package nl.databiobank.lims.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.security.control.AccountRules;
import nl.databiobank.lims.security.control.PasswordHasher;
import nl.databiobank.lims.security.entity.Role;
import nl.databiobank.lims.security.entity.UserAccount;

/**
 * The administrator's work on accounts: create, give and take roles, disable and enable, reset
 * passwords. Changes to an existing account are corrections and need a reason; given the version
 * the administrator saw, a change made on an outdated copy is refused instead of overwriting.
 */
@Stateless
@RolesAllowed("ADMIN")
public class UserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    public List<UserAccount> list() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public UserAccount find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", AccountRules.normalise(username))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownEntityException("user.unknown", username));
    }

    public UserAccount create(NewUser request) {
        String username = AccountRules.normalise(request.username());
        FieldErrors errors = new FieldErrors();
        AccountRules.checkUsername(username, errors);
        AccountRules.checkDisplayName(request.displayName(), errors);
        AccountRules.checkPassword(request.password(), username, errors);
        Set<Role> roles = AccountRules.parseRoles(request.roles(), errors);
        errors.throwIfAny();
        if (exists(username)) {
            throw new ConflictException("user.exists", username);
        }
        UserAccount user = new UserAccount(username, request.displayName().trim(), hasher.hash(request.password()),
                roles, Instant.now(clock));
        em.persist(user);
        UniqueConstraints.flush(em, "user.exists", username);
        return user;
    }

    public UserAccount assignRoles(String username, Collection<String> roleNames, Correction correction) {
        FieldErrors errors = new FieldErrors();
        Set<Role> roles = AccountRules.parseRoles(roleNames, errors);
        errors.throwIfAny();
        UserAccount user = findForChange(username, correction);
        if (isSelf(user) && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "user.selfLockout");
        }
        if (!user.getRoles().equals(roles)) {
            user.assignRoles(roles);
            // the roles are rows of their own; the account's version must still move, so that an
            // administrator working on an older copy is refused rather than overwriting this
            em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return user;
    }

    public UserAccount disable(String username, Correction correction) {
        UserAccount user = findForChange(username, correction);
        if (isSelf(user)) {
            throw new InvalidInputException("username", "user.selfLockout");
        }
        user.disable();
        return user;
    }

    public UserAccount enable(String username, Correction correction) {
        UserAccount user = findForChange(username, correction);
        user.enable();
        return user;
    }

    public UserAccount resetPassword(String username, String password, Correction correction) {
        UserAccount user = findForChange(username, correction);
        FieldErrors errors = new FieldErrors();
        AccountRules.checkPassword(password, user.getUsername(), errors);
        errors.throwIfAny();
        user.changePassword(hasher.hash(password));
        return user;
    }

    private UserAccount findForChange(String username, Correction correction) {
        UserAccount user = find(username);
        if (!user.isVersion(correction.version())) {
            throw new ConflictException("user.stale", user.getUsername());
        }
        audit.because(correction.reason());
        return user;
    }

    private boolean exists(String username) {
        return !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty();
    }

    private boolean isSelf(UserAccount user) {
        return user.getUsername().equals(session.getCallerPrincipal().getName());
    }

}
