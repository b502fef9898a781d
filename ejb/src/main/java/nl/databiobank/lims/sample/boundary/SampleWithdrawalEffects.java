package nl.databiobank.lims.sample.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.databiobank.lims.consent.boundary.ParticipantWithdrawn;
import nl.databiobank.lims.consent.entity.Withdrawal;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.DestructionTask;
import nl.databiobank.lims.sample.entity.Sample;

/**
 * The samples' side of a withdrawal (rule 5), in the withdrawal's own transaction: every sample of
 * a material the withdrawal takes back, and every aliquot and derivative of it, is blocked from
 * further use; where destruction was asked for, each gets a task on the technicians' list.
 */
@ApplicationScoped
public class SampleWithdrawalEffects {

    /** The participant's samples of the given consent items, and all their descendants, whatever their type. */
    private static final String AFFECTED = """
            WITH RECURSIVE affected(id) AS (
                SELECT s.id FROM sample s JOIN sample_type t ON t.id = s.sample_type_id
                 WHERE s.participant_id = ?1 AND t.consent_item = ANY (string_to_array(?2, ','))
                UNION
                SELECT c.id FROM sample c JOIN affected a ON c.parent_id = a.id
            )
            SELECT id FROM affected ORDER BY id""";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChainOfCustody custody;

    void onWithdrawal(@Observes ParticipantWithdrawn withdrawal) {
        List<String> items = em.createQuery("select distinct t.consentItem from SampleType t", String.class)
                .getResultList().stream().filter(withdrawal::takesBack).toList();
        if (items.isEmpty()) {
            return;
        }
        Withdrawal cause = em.find(Withdrawal.class, withdrawal.withdrawalId());
        String detail = "withdrawal " + withdrawal.withdrawnOn() + ", " + withdrawal.scope().name().toLowerCase()
                .replace('_', ' ');
        for (Object id : em.createNativeQuery(AFFECTED).setParameter(1, withdrawal.participantId())
                .setParameter(2, String.join(",", items)).getResultList()) {
            Sample sample = em.find(Sample.class, ((Number) id).longValue());
            if (sample.getStatus().isFinal()) {
                continue;
            }
            if (!sample.isBlocked()) {
                custody.record(sample, CustodyEvent.BLOCKED, detail);
            }
            if (withdrawal.scope().destroysMaterial()) {
                em.persist(new DestructionTask(sample, cause, custody.now()));
            }
        }
    }
}
