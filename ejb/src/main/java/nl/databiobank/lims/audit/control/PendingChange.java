package nl.databiobank.lims.audit.control;

import java.util.List;
import nl.databiobank.lims.audit.entity.AuditAction;
import nl.databiobank.lims.audit.entity.FieldChange;

/** A change the listener saw during a flush, waiting to be written to the chain. */
record PendingChange(String entityType, String entityId, AuditAction action, List<FieldChange> changes) {
}
