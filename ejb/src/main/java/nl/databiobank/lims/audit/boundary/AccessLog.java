package nl.databiobank.lims.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.audit.entity.AccessLogEntry;
import nl.databiobank.lims.platform.control.JpqlFilter;

/**
 * The access log (NEN 7513): every look at, search or export of identifying data, and every
 * login, written in the caller's transaction; browsing it is for ethics officers and administrators.
 */
@Stateless
@RolesAllowed({"ETHICS_OFFICER", "ADMIN"})
public class AccessLog {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String LOGOUT = "LOGOUT";

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @PermitAll
    public void record(String username, String action, String target, String details, String clientAddress) {
        em.persist(new AccessLogEntry(Instant.now(clock), username, action, truncate(target, 200), details,
                truncate(clientAddress, 64)));
    }

    /** Entries matching the filter (subject = action), newest first, paged in the database. */
    public Page<AccessLogEntry> search(AuditQuery query) {
        AuditService.checkPage(query);
        JpqlFilter filter = new JpqlFilter()
                .and("e.username = :username", "username", query.username())
                .and("e.action = :action", "action", query.subject())
                .and("e.occurredAt >= :from", "from", query.from())
                .and("e.occurredAt < :until", "until", query.until());
        long total = filter.query(em, "select count(e) from AccessLogEntry e" + filter.where(), Long.class)
                .getSingleResult();
        List<AccessLogEntry> entries = filter.query(em, "select e from AccessLogEntry e" + filter.where()
                        + " order by e.occurredAt desc, e.id desc", AccessLogEntry.class)
                .setFirstResult(query.firstResult())
                .setMaxResults(query.size())
                .getResultList();
        return new Page<>(total, entries);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
