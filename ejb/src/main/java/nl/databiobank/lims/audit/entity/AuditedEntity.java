package nl.databiobank.lims.audit.entity;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.util.Map;

/**
 * The base of every entity whose changes must be traceable. The listener keeps a snapshot of
 * the persistent state as it was loaded, so that an update can be written as old → new.
 */
@MappedSuperclass
@EntityListeners(nl.databiobank.lims.audit.control.AuditListener.class)
public abstract class AuditedEntity {

    @Transient
    private transient Map<String, String> auditSnapshot = Map.of();

    /** The identity the audit trail names this entity by. */
    public abstract Object getId();

    public Map<String, String> auditSnapshot() {
        return auditSnapshot;
    }

    public void auditSnapshot(Map<String, String> state) {
        this.auditSnapshot = state;
    }
}
