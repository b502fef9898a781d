package nl.databiobank.lims.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.databiobank.lims.participant.boundary.DemoBiobank;
import nl.databiobank.lims.questionnaire.boundary.DemoQuestionnaires;
import nl.databiobank.lims.study.boundary.DemoRequests;
import nl.databiobank.lims.sample.boundary.DemoLab;

/**
 * Creates the demo users, then the demo participants, once the schema is migrated. Separate beans,
 * because the audit trail is written by the interceptor around business calls, which a startup
 * callback is not; each runs in its own transaction, as this callback has none.
 */
@Singleton
@Startup
@DependsOn("MigrationRunner")
public class DemoModeStartup {

    private static final Logger LOG = Logger.getLogger(DemoModeStartup.class.getName());

    @EJB
    DemoUsers demoUsers;

    @EJB
    DemoBiobank demoBiobank;

    @EJB
    DemoLab demoLab;

    @EJB
    DemoQuestionnaires demoQuestionnaires;

    @EJB
    DemoRequests demoRequests;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        demoUsers.createOnFirstStart();
        createDemoSchedules();
        createDemoParticipants();
        createDemoLab();
        createDemoResponses();
        createDemoRequests();
    }

    private void createDemoRequests() {
        try {
            demoRequests.createOnFirstStart();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo mode: the demo studies and requests could NOT be created; the"
                    + " application runs without them and tries again on the next start", e);
        }
    }

    // Like the participants: the lab's demo tubes are a nicety, never a reason not to start.
    private void createDemoLab() {
        try {
            demoLab.createOnFirstStart();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo mode: the demo lab (storage and samples) could NOT be created; the"
                    + " application runs without it and tries again on the next start", e);
        }
    }

    // The questionnaires, like the lab, are a nicety of the demo, never a reason not to start.
    private void createDemoSchedules() {
        try {
            demoQuestionnaires.createSchedulesOnFirstStart();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo mode: the demo questionnaire schedules could NOT be created", e);
        }
    }

    private void createDemoResponses() {
        try {
            demoQuestionnaires.createResponsesOnFirstStart();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo mode: the demo questionnaire responses could NOT be created; the"
                    + " application runs without them and tries again on the next start", e);
        }
    }

    // Without the demo participants the application still works and the demo logins are still
    // worth having, so a failure here must not keep the application from starting. Their
    // transaction rolls back whole, which leaves the participant table empty: the next start tries again.
    private void createDemoParticipants() {
        try {
            demoBiobank.createOnFirstStart();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo mode: the demo participants could NOT be created; the application runs"
                    + " without them and tries again on the next start", e);
        }
    }
}
