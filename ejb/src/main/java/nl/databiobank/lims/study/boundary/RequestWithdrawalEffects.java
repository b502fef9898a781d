package nl.databiobank.lims.study.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.consent.boundary.ParticipantWithdrawn;
import nl.databiobank.lims.sample.boundary.ChainOfCustody;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.SampleStatus;
import nl.databiobank.lims.study.control.Allocations;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.AllocationState;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.NoticeKind;
import nl.databiobank.lims.study.entity.RequestNotice;

/**
 * The requests' side of a withdrawal (rule 5), in the withdrawal's own transaction: a reservation
 * whose material or approval needs what was taken back is cancelled at once, and the request's
 * coordinator is told. A tube already picked stays on the request, no longer eligible, so that its
 * shipment is refused until someone takes it out; for material already shipped, the coordinator is
 * told whom to notify.
 */
@ApplicationScoped
public class RequestWithdrawalEffects {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChainOfCustody custody;

    @Inject
    Allocations allocations;

    void onWithdrawal(@Observes ParticipantWithdrawn withdrawal) {
        String cause = "withdrawal of " + withdrawal.pseudonym() + " on " + withdrawal.withdrawnOn() + " ("
                + withdrawal.scope().name().toLowerCase().replace('_', ' ') + ")";
        Set<MaterialRequest> touched = new HashSet<>();
        for (AllocatedSample held : allocations(AllocatedSample.ACTIVE_OF_PARTICIPANT, withdrawal)) {
            if (!affects(withdrawal, held)) {
                continue;
            }
            if (held.getState() == AllocationState.PICKED) {
                // out of the freezer already: the shipment is refused until someone takes the tube out of it
                tell(held.getRequest(), NoticeKind.PICKED_SAMPLE_WITHDRAWN, "Take " + held.getSample().getBarcode()
                        + " out of the shipment of request " + held.getRequest().getId() + ": " + cause);
                continue;
            }
            held.cancel(cause, custody.who(), custody.now());
            if (held.getSample().getStatus() == SampleStatus.RESERVED) {
                custody.record(held.getSample(), CustodyEvent.RELEASED, cause);
            }
            tell(held.getRequest(), NoticeKind.RESERVATION_CANCELLED, "Reservation of " + held.getSample().getBarcode()
                    + " on request " + held.getRequest().getId() + " cancelled: " + cause);
            touched.add(held.getRequest());
        }
        for (MaterialRequest request : touched) {
            allocations.settle(request, custody.who(), custody.now(), cause);
        }
        for (AllocatedSample shipped : allocations(AllocatedSample.SHIPPED_OF_PARTICIPANT, withdrawal)) {
            if (affects(withdrawal, shipped)) {
                tell(shipped.getRequest(), NoticeKind.WITHDRAWAL_AFTER_SHIPMENT, "Sample "
                        + shipped.getSample().getBarcode() + " was shipped to " + shipped.getShipment().getRecipient()
                        + " on " + shipped.getShipment().getShippedOn() + "; tell them: " + cause);
            }
        }
    }

    /** Whether the withdrawal takes back the material itself or a consent item the study's approval requires. */
    private boolean affects(ParticipantWithdrawn withdrawal, AllocatedSample allocated) {
        if (withdrawal.endsParticipation() || withdrawal.takesBack(allocated.getSample().getType().getConsentItem())) {
            return true;
        }
        return em.createNamedQuery(EthicsApproval.CURRENT_OF_STUDY, EthicsApproval.class)
                .setParameter("study", allocated.getRequest().getStudy()).setMaxResults(1).getResultStream()
                .flatMap(a -> a.getConsentItems().stream()).anyMatch(withdrawal::takesBack);
    }

    private List<AllocatedSample> allocations(String query, ParticipantWithdrawn withdrawal) {
        return em.createNamedQuery(query, AllocatedSample.class)
                .setParameter("participant", withdrawal.participantId()).getResultList();
    }

    private void tell(MaterialRequest request, NoticeKind kind, String message) {
        String addressee = request.getCoordinator() == null ? request.getRequestedBy() : request.getCoordinator();
        em.persist(new RequestNotice(request, addressee, kind, message, Instant.now()));
    }
}
