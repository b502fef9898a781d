package nl.databiobank.lims.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Creates the demo users once the schema is migrated. A separate bean, because the audit trail
 * is written by the interceptor around business calls, which a startup callback is not.
 */
@Singleton
@Startup
@DependsOn("MigrationRunner")
public class DemoModeStartup {

    @EJB
    DemoUsers demoUsers;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        demoUsers.createOnFirstStart();
    }
}
