package nl.databiobank.lims.participant.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.databiobank.lims.participant.control.IdentityKeys;

/**
 * Loads the identity key while the application deploys, so that a missing or malformed
 * {@code LIMS_IDENTITY_KEY} stops the deployment at once with advice on what to do, instead of
 * failing the first enrolment hours later.
 */
@Singleton
@Startup
@DependsOn("MigrationRunner")
public class IdentityKeyCheck {

    private static final Logger LOG = Logger.getLogger(IdentityKeyCheck.class.getName());

    @Inject
    IdentityKeys keys;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        String source;
        try {
            source = keys.source();
        } catch (IllegalStateException e) {
            // On a line of its own: the container buries it deep in the deployment failure's trace.
            LOG.severe(e.getMessage());
            throw e;
        }
        LOG.info(() -> "Identity key loaded from " + source);
    }
}
