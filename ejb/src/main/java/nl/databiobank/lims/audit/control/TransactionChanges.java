package nl.databiobank.lims.audit.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the current transaction changed and has not yet written to the audit trail, why it did
 * so, and how deep the nesting of business calls is (only the outermost call writes).
 */
@TransactionScoped
public class TransactionChanges implements Serializable {

    private final List<PendingChange> pending = new ArrayList<>();
    private String reason;
    private String actor;
    private int depth;

    void add(PendingChange change) {
        pending.add(change);
    }

    List<PendingChange> drain() {
        List<PendingChange> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }

    void enter() {
        depth++;
    }

    /** Leaves one business call; true when that was the outermost one. */
    boolean leave() {
        return --depth == 0;
    }

    public void reason(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    String reason() {
        return reason;
    }

    public boolean hasReason() {
        return reason != null;
    }

    public void actor(String actor) {
        this.actor = actor;
    }

    String actor() {
        return actor;
    }
}
