package nl.databiobank.lims.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.databiobank.lims.audit.control.TransactionChanges;

/**
 * What a service tells the audit trail about the change it is making: why (required for
 * corrections and deletions) and, for work the system does on its own, on whose behalf.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    TransactionChanges changes;

    /** The reason recorded with every entry of the current transaction. */
    public void because(String reason) {
        changes.reason(reason);
    }

    /**
     * The reason for work that follows from something else (a custody event, a withdrawal), kept
     * only when the user gave none: the user's own words win.
     */
    public void becauseUnlessGiven(String reason) {
        if (!changes.hasReason()) {
            changes.reason(reason);
        }
    }

    /** Records the current transaction's entries under {@code username} instead of the caller. */
    public void actingAs(String username) {
        changes.actor(username);
    }
}
