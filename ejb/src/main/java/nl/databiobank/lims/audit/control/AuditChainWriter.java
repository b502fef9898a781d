package nl.databiobank.lims.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.audit.entity.AuditEntry;
import nl.databiobank.lims.audit.entity.FieldChange;
import nl.databiobank.lims.platform.boundary.InvalidInputException;

/**
 * Appends entries to the chain. The head row is locked FOR UPDATE until the transaction ends, so
 * writers take turns and ids follow chain order; a reader never sees a fork.
 */
@Dependent
public class AuditChainWriter {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    void write(List<PendingChange> changes, String username, String reason) {
        for (PendingChange change : changes) {
            if (change.action().needsReason() && reason == null) {
                throw new InvalidInputException("reason", "audit.reasonRequired");
            }
        }
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        long id = ((Number) head[0]).longValue();
        String previousHash = ((String) head[1]).trim();
        Instant now = Instant.now(clock);
        for (PendingChange change : changes) {
            AuditEntry entry = new AuditEntry(++id, now, username, change.entityType(), change.entityId(),
                    change.action(), json(change.changes()), reason, previousHash);
            em.persist(entry);
            previousHash = entry.getHash();
        }
        em.createNativeQuery("UPDATE audit_chain_head SET last_id = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, id)
                .setParameter(2, previousHash)
                .executeUpdate();
    }

    static String json(List<FieldChange> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldChange change : changes) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("field", change.field());
            if (change.oldValue() == null) {
                object.addNull("old");
            } else {
                object.add("old", change.oldValue());
            }
            if (change.newValue() == null) {
                object.addNull("new");
            } else {
                object.add("new", change.newValue());
            }
            array.add(object);
        }
        return array.build().toString();
    }
}
