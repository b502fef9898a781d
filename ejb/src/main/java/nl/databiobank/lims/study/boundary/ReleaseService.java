package nl.databiobank.lims.study.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.platform.boundary.Roles;
import jakarta.inject.Inject;
import nl.databiobank.lims.study.control.Allocations;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.AllocationState;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.NoticeKind;
import nl.databiobank.lims.study.entity.RequestNotice;
import nl.databiobank.lims.study.entity.Shipment;
import nl.databiobank.lims.study.entity.Study;

/**
 * The ethics officer's audit of what a study received: every release checked again against the
 * approval version it went out under, so that "within scope" is shown, not assumed; and the
 * recipients to tell when a participant withdrew after their material was shipped.
 */
@Stateless
@RolesAllowed({Roles.ETHICS_OFFICER, Roles.ADMIN})
public class ReleaseService {

    @PersistenceContext
    EntityManager em;

    @EJB
    StudyService studies;

    @Inject
    Allocations allocations;

    public List<Release> ofStudy(String code) {
        Study study = studies.byCode(code);
        List<Release> releases = new ArrayList<>();
        for (MaterialRequest request : em.createNamedQuery(MaterialRequest.OF_STUDY, MaterialRequest.class)
                .setParameter("study", study).getResultList()) {
            em.createNamedQuery(Shipment.OF_REQUEST, Shipment.class).setParameter("request", request)
                    .getResultStream().findFirst().ifPresent(shipment -> releases.add(release(request, shipment)));
        }
        return releases;
    }

    /** Shipped material whose participant withdrew afterwards: whom to tell, newest first. */
    public List<RequestNotice> recipientsToNotify() {
        return em.createQuery("select n from RequestNotice n where n.kind = :kind order by n.id desc",
                RequestNotice.class).setParameter("kind", NoticeKind.WITHDRAWAL_AFTER_SHIPMENT).getResultList();
    }

    private Release release(MaterialRequest request, Shipment shipment) {
        EthicsApproval approval = shipment.getApproval();
        List<AllocatedSample> shipped = allocations.in(request, AllocationState.SHIPPED);
        List<String> problems = new ArrayList<>();
        if (!approval.isValidOn(shipment.getShippedOn())) {
            problems.add("APPROVAL_NOT_VALID_ON_SHIPPING_DAY");
        }
        if (request.getApproval() == null) {
            problems.add("REQUEST_NOT_APPROVED");
        }
        for (AllocatedSample a : shipped) {
            if (!approval.allowsSampleType(a.getSample().getType().getCode())) {
                problems.add("SAMPLE_TYPE_OUTSIDE_SCOPE:" + a.getSample().getBarcode());
            }
        }
        long participants = shipped.stream().map(a -> a.getSample().getParticipant().getId()).distinct().count();
        if (approval.getMaxParticipants() != null && participants > approval.getMaxParticipants()) {
            problems.add("OVER_MAX_PARTICIPANTS");
        }
        if (approval.getMaxSamples() != null && shipped.size() > approval.getMaxSamples()) {
            problems.add("OVER_MAX_SAMPLES");
        }
        return new Release(request.getId(), request.getTitle(), request.getRequestedBy(), approval.getApprovalVersion(),
                approval.getReferenceNumber(), shipment.getShippedOn(), shipment.getRecipient(), shipped.size(),
                participants, shipped.stream().map(a -> a.getSample().getType().getCode()).distinct().sorted().toList(),
                approval.releasable(request.getDataItems()).stream().map(Enum::name).toList(), problems);
    }
}
