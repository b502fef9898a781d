package nl.databiobank.lims.audit.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.audit.entity.AuditAction;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.audit.entity.FieldChange;

/**
 * Sees every audited entity loaded, inserted, updated and deleted. JPA forbids using the
 * EntityManager here, so changes are only collected; {@link AuditInterceptor} writes them before
 * the transaction commits.
 */
public class AuditListener {

    @PostLoad
    void loaded(AuditedEntity entity) {
        entity.auditSnapshot(AuditState.of(entity));
    }

    @PostPersist
    void created(AuditedEntity entity) {
        Map<String, String> state = AuditState.of(entity);
        record(entity, AuditAction.CREATE, AuditState.created(state, entity.getClass()));
        entity.auditSnapshot(state);
    }

    @PostUpdate
    void updated(AuditedEntity entity) {
        Map<String, String> state = AuditState.of(entity);
        List<FieldChange> changes = AuditState.diff(entity.auditSnapshot(), state, entity.getClass());
        if (!changes.isEmpty()) {
            record(entity, AuditAction.UPDATE, changes);
        }
        entity.auditSnapshot(state);
    }

    @PostRemove
    void removed(AuditedEntity entity) {
        Map<String, String> state = entity.auditSnapshot().isEmpty() ? AuditState.of(entity) : entity.auditSnapshot();
        record(entity, AuditAction.DELETE, AuditState.deleted(state, entity.getClass()));
    }

    private static void record(AuditedEntity entity, AuditAction action, List<FieldChange> changes) {
        CDI.current().select(TransactionChanges.class).get()
                .add(new PendingChange(AuditState.entityType(entity), String.valueOf(entity.getId()), action, changes));
    }
}
