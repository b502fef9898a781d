package nl.databiobank.lims.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * How logins of one account have gone lately, and the lockout rule: five wrong passwords in a
 * row lock the account for fifteen minutes. Kept apart from {@link UserAccount} because it changes
 * at every login; the access log, not the audit trail, records those.
 */
@Entity
@Table(name = "login_state")
public class LoginState {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @Column(name = "user_id")
    private Long userId;

    @MapsId
    @OneToOne
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected LoginState() {
    }

    LoginState(UserAccount user) {
        this.user = user;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; true when this one locked the account. */
    public boolean recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            failedLogins = 0;
            lockedUntil = now.plus(LOCKOUT);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        unlock();
        lastLoginAt = now;
    }

    /** An administrator's reset or re-enable starts the count afresh. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
