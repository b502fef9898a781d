package nl.databiobank.lims.security.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.audit.entity.Redacted;

/**
 * A person's account and the roles it holds. A disabled account cannot log in, and its open
 * sessions end at their next request; the lockout after wrong passwords is its {@link LoginState}.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "select u from UserAccount u order by u.username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
public class UserAccount extends AuditedEntity {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";
    public static final String COUNT = "UserAccount.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Redacted
    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private Set<UserRole> roles = new HashSet<>();

    @OneToOne(mappedBy = "user", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    private LoginState loginState;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored
        roles.forEach(this::grant);
        this.loginState = new LoginState(this);
    }

    public void grant(Role role) {
        if (!hasRole(role)) {
            roles.add(new UserRole(this, role));
        }
    }

    /** Grants and revokes so that the user holds exactly {@code wanted}; true if a role was taken away. */
    public boolean assignRoles(Set<Role> wanted) {
        boolean revoked = roles.removeIf(r -> !wanted.contains(r.getRole()));
        wanted.forEach(this::grant);
        return revoked;
    }

    public boolean hasRole(Role role) {
        return roles.stream().anyMatch(r -> r.getRole() == role);
    }

    public Set<Role> getRoles() {
        return roles.stream().map(UserRole::getRole).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public LoginState loginState() {
        return loginState;
    }

    public boolean isLocked(Instant now) {
        return loginState != null && loginState.isLocked(now);
    }

    public void disable() {
        enabled = false;
    }

    /** Enables the account and lifts a lockout: an administrator has looked at it. */
    public void enable() {
        enabled = true;
        loginState.unlock();
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        loginState.unlock();
    }

    /** Refuses a change made on an outdated copy of this account. */
    public boolean isVersion(Long expected) {
        return expected == null || expected == version;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
