package nl.databiobank.lims.it.support;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Deploys the real EAR once for the whole suite, right after Arquillian has started Payara, and undeploys it
 * before Payara stops (a domain stopped with the app still deployed deploys it twice on its next start).
 * Test classes therefore have no {@code @Deployment}: one deploy of the EAR takes 12-25 s here, and the tests only
 * talk to the app from outside (HTTP, JDBC, browser).
 */
public class DeployEarOnce implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(DeployEarOnce.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(EarLifecycle.class);
    }

    public static class EarLifecycle {

        private Archive<?> ear;
        private long startRequested;

        public void timeStart(@Observes BeforeStart event) {
            startRequested = System.nanoTime();
        }

        public void deployAfterStart(@Observes AfterStart event) throws DeploymentException {
            Path file = Lims.ear();
            if (!Files.isRegularFile(file)) {
                throw new DeploymentException(file + " does not exist: build it first (./mvnw verify builds it,"
                        + " or ./mvnw -DskipTests install -pl ear -am)");
            }
            long started = System.nanoTime();
            ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file.toFile());
            event.getDeployableContainer().deploy(ear);
            // The managed container's start() returns before Payara is up; deploy() waits for it.
            LOG.info(() -> "Payara started and " + file + " deployed in " + (System.nanoTime() - startRequested) / 1_000_000
                    + " ms (of which " + (System.nanoTime() - started) / 1_000_000 + " ms in deploy)");
        }

        public void undeployBeforeStop(@Observes BeforeStop event) throws DeploymentException {
            if (ear != null) {
                event.getDeployableContainer().undeploy(ear);
                ear = null;
            }
        }
    }
}
