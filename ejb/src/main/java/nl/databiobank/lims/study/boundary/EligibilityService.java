package nl.databiobank.lims.study.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.consent.boundary.ConsentCoverage;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleStatus;
import nl.databiobank.lims.study.control.Eligibility;
import nl.databiobank.lims.study.control.EligibilityCheck;
import nl.databiobank.lims.study.control.EligibilityFacts;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.PhysicianAgreement;

/**
 * Gathers the facts of DESIGN.md rule 4 for one sample and one request on one day, and lets
 * {@link EligibilityCheck} decide. Allocation, picking and shipping ask the same question here.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class EligibilityService {

    /** The approval's items that the participant's consent does not cover that day: ?1 items, ?2 participant, ?3 day. */
    private static final String UNCOVERED = "SELECT i.code FROM unnest(string_to_array(?1, ',')) AS i(code)"
            + " WHERE NOT " + ConsentCoverage.SQL_CONDITION.formatted("?2", "i.code", "?3") + " ORDER BY i.code";

    @PersistenceContext
    EntityManager em;

    @EJB
    RequestService requests;

    Clock clock = Clock.systemDefaultZone();

    /** The exact contract of {@code GET /api/requests/{id}/eligibility?sample=}: today, explained. */
    public Eligibility explain(long requestId, String barcode) {
        MaterialRequest request = requests.byId(requestId);
        return check(request, sample(barcode), LocalDate.now(clock));
    }

    public Eligibility check(MaterialRequest request, Sample sample, LocalDate day) {
        Participant participant = sample.getParticipant();
        EthicsApproval approval = requests.currentApproval(request.getStudy()).orElse(null);
        boolean approvalValid = approval != null && approval.isValidOn(day) && !request.getStudy().isClosed();
        Set<String> scope = approval == null ? Set.of() : approval.getSampleTypes();
        return EligibilityCheck.of(new EligibilityFacts(request.getStatus().isApproved(),
                physicianAgreed(request, participant.getTreatingPhysician()), approvalValid,
                sample.getType().getCode(), scope, uncovered(approval, participant, day),
                participant.isWithdrawn() || sample.isBlocked(), availableFor(request, sample),
                sample.getRemainingQuantity(), request.getMinQuantity()));
    }

    public Sample sample(String barcode) {
        String code = barcode == null ? "" : barcode.trim().toUpperCase();
        return em.createNamedQuery(Sample.BY_BARCODE, Sample.class).setParameter("barcode", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("sample.unknown", code));
    }

    private boolean physicianAgreed(MaterialRequest request, String physician) {
        return em.createNamedQuery(PhysicianAgreement.OF_REQUEST, PhysicianAgreement.class)
                .setParameter("request", request).getResultStream()
                .anyMatch(a -> a.isAgreed() && a.getPhysician().equals(physician));
    }

    private boolean availableFor(MaterialRequest request, Sample sample) {
        List<AllocatedSample> holders = em.createNamedQuery(AllocatedSample.ACTIVE_OF_SAMPLE, AllocatedSample.class)
                .setParameter("sample", sample).getResultList();
        if (holders.isEmpty()) {
            return sample.getStatus() == SampleStatus.AVAILABLE;
        }
        return sample.getStatus() == SampleStatus.RESERVED
                && holders.stream().allMatch(h -> h.getRequest().getId().equals(request.getId()));
    }

    @SuppressWarnings("unchecked")
    private Set<String> uncovered(EthicsApproval approval, Participant participant, LocalDate day) {
        if (approval == null || approval.getConsentItems().isEmpty()) {
            return Set.of();
        }
        List<String> codes = em.createNativeQuery(UNCOVERED)
                .setParameter(1, String.join(",", approval.getConsentItems()))
                .setParameter(2, participant.getId())
                .setParameter(3, java.sql.Date.valueOf(day))
                .getResultList();
        return new HashSet<>(codes);
    }
}
