package nl.databiobank.lims.audit.control;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.util.List;

/**
 * Bound to every EJB (ejb-jar.xml). When the outermost business call of a transaction returns,
 * it flushes, so the listener sees every change, and appends the audit entries in the same
 * transaction: the change and its record commit or roll back together.
 */
public class AuditInterceptor {

    static final String SYSTEM = "system";

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionChanges changes;

    @Inject
    AuditChainWriter writer;

    @Inject
    Principal caller;

    @AroundInvoke
    public Object writeAuditTrail(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return invocation.proceed();
        }
        changes.enter();
        Object result;
        boolean outermost;
        try {
            result = invocation.proceed();
        } finally {
            outermost = changes.leave();
        }
        if (outermost) {
            em.flush();
            List<PendingChange> pending = changes.drain();
            if (!pending.isEmpty()) {
                writer.write(pending, actor(), changes.reason());
                em.flush();
            }
        }
        return result;
    }

    private String actor() {
        if (changes.actor() != null) {
            return changes.actor();
        }
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }
}
