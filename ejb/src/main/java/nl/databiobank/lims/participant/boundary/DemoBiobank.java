package nl.databiobank.lims.participant.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.databiobank.lims.consent.boundary.ConsentFormService;
import nl.databiobank.lims.consent.boundary.ConsentService;
import nl.databiobank.lims.consent.boundary.NewConsent;
import nl.databiobank.lims.consent.boundary.WithdrawalService;
import nl.databiobank.lims.consent.entity.ConsentItem;
import nl.databiobank.lims.platform.boundary.LimsConfig;
import nl.databiobank.lims.platform.boundary.Roles;

/**
 * Demo mode: a small believable biobank for nurses to try, made on the first start against an empty
 * participant table. It goes through the same services a research nurse uses, so every rule holds
 * and everything lands in the audit trail; those services want a research nurse, hence the run-as
 * (its principal is named in glassfish-ejb-jar.xml). One transaction: all fifty or none.
 */
@Stateless
@RunAs(Roles.RESEARCH_NURSE)
public class DemoBiobank {

    private static final Logger LOG = Logger.getLogger(DemoBiobank.class.getName());
    static final String FORM_CODE = "BIOBANK";
    static final int FORM_VERSION = 1;

    @PersistenceContext
    EntityManager em;

    @EJB
    ParticipantService participants;

    @EJB
    ConsentFormService forms;

    @EJB
    ConsentService consents;

    @EJB
    WithdrawalService withdrawals;

    @Inject
    LimsConfig config;

    Clock clock = Clock.systemDefaultZone();

    public void createOnFirstStart() {
        if (!config.demoMode()) {
            return;
        }
        long existing = em.createQuery("select count(p) from Participant p", Long.class).getSingleResult();
        if (existing > 0) {
            LOG.info(() -> "Demo mode: " + existing + " participants exist already; no demo participants added");
            return;
        }
        long started = System.nanoTime();
        List<String> items = forms.get(FORM_CODE, FORM_VERSION).getItems().stream().map(ConsentItem::getCode).toList();
        List<DemoParticipant> roster = new DemoRoster(LocalDate.now(clock)).participants();
        int consentCount = 0;
        for (DemoParticipant demo : roster) {
            String pseudonym = participants.enrol(demo.enrolment()).getPseudonym();
            for (DemoConsent consent : demo.consents()) {
                consents.record(pseudonym, signed(consent, items));
                consentCount++;
            }
            demo.withdrawal().ifPresent(withdrawal -> withdrawals.record(pseudonym, withdrawal));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int consentTotal = consentCount;
        LOG.info(() -> "Demo mode: created " + roster.size() + " demo participants with " + consentTotal
                + " consents in " + millis + " ms");
    }

    private static NewConsent signed(DemoConsent consent, List<String> items) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        items.forEach(item -> answers.put(item, !consent.refused().contains(item)));
        return new NewConsent(FORM_CODE, FORM_VERSION, consent.signedOn(), null, answers, DemoConsentPdf.FILE_NAME,
                DemoConsentPdf.bytes());
    }
}
