package nl.databiobank.lims.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.databiobank.lims.audit.entity.AuditEntry;
import nl.databiobank.lims.platform.control.JpqlFilter;
import nl.databiobank.lims.platform.boundary.InvalidInputException;

/** Reading and checking the audit trail, for ethics officers and administrators. */
@Stateless
@RolesAllowed({"ETHICS_OFFICER", "ADMIN"})
public class AuditService {

    private static final int VERIFY_BATCH = 2_000;

    @PersistenceContext
    EntityManager em;

    /** Entries matching the filter (subject = entity type), newest first, paged in the database. */
    public Page<AuditEntry> search(AuditQuery query) {
        checkPage(query);
        JpqlFilter filter = new JpqlFilter()
                .and("e.username = :username", "username", query.username())
                .and("e.entityType = :entityType", "entityType", query.subject())
                .and("e.occurredAt >= :from", "from", query.from())
                .and("e.occurredAt < :until", "until", query.until());
        long total = filter.query(em, "select count(e) from AuditEntry e" + filter.where(), Long.class)
                .getSingleResult();
        List<AuditEntry> entries = filter.query(em, "select e from AuditEntry e" + filter.where()
                        + " order by e.id desc", AuditEntry.class)
                .setFirstResult(query.firstResult())
                .setMaxResults(query.size())
                .getResultList();
        return new Page<>(total, entries);
    }


    /**
     * Walks the whole chain in id order, recomputing every hash: an entry changed, removed or
     * inserted by hand breaks it at the first entry that no longer follows its predecessor.
     */
    public ChainVerification verify() {
        long previousId = 0;
        String previousHash = AuditEntry.GENESIS_HASH;
        long checked = 0;
        List<AuditEntry> batch;
        do {
            batch = em.createQuery("select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
                    .setParameter("after", previousId)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (AuditEntry entry : batch) {
                if (!entry.follows(previousId, previousHash)) {
                    return ChainVerification.brokenAt(checked, entry.getId());
                }
                previousId = entry.getId();
                previousHash = entry.getHash();
                checked++;
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
        if (((Number) head[0]).longValue() != previousId || !((String) head[1]).trim().equals(previousHash)) {
            // entries at the end were removed
            return ChainVerification.brokenAt(checked, previousId + 1);
        }
        return ChainVerification.intact(checked);
    }

    static void checkPage(AuditQuery query) {
        if (query.page() < 0 || query.size() < 1 || query.size() > AuditQuery.MAX_PAGE_SIZE) {
            throw new InvalidInputException("page", "audit.page.invalid", AuditQuery.MAX_PAGE_SIZE);
        }
    }
}
