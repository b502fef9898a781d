package nl.databiobank.lims.study.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.sample.boundary.ChainOfCustody;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.Movement;
import nl.databiobank.lims.study.control.Allocations;
import nl.databiobank.lims.study.control.Eligibility;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.AllocationState;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.RequestStatus;
import nl.databiobank.lims.study.entity.Shipment;

/**
 * The release: every picked sample of a request leaves at once, or none does. Each is checked
 * against rule 4 on the day of shipping; one that lost a key since allocation refuses the whole
 * shipment (409, every sample's reasons). Shipped samples get a custody event and a study pseudonym.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
public class ShipmentService {

    /** How long a researcher has to report what became of the material. */
    public static final int USAGE_REPORT_DAYS = 365;

    @PersistenceContext
    EntityManager em;

    @EJB
    RequestService requests;

    @EJB
    EligibilityService eligibility;

    @Inject
    ChainOfCustody custody;

    @Inject
    StudyPseudonyms pseudonyms;

    @Inject
    Allocations allocations;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    public Shipment ship(long id, String recipient, String address) {
        MaterialRequest request = requests.byId(id);
        FieldErrors errors = new FieldErrors();
        errors.require(recipient != null && !recipient.isBlank(), "recipient", "field.required");
        errors.requireAtMost(recipient, 200, "recipient");
        errors.require(address != null && !address.isBlank(), "address", "field.required");
        errors.requireAtMost(address, 500, "address");
        errors.throwIfAny();
        if (request.getStatus() != RequestStatus.PICKED) {
            throw new ConflictException("shipment.notPicked", id, request.getStatus());
        }
        LocalDate today = LocalDate.now(clock);
        List<AllocatedSample> picked = allocations.in(request, AllocationState.PICKED);
        Map<String, List<String>> refused = new LinkedHashMap<>();
        for (AllocatedSample allocated : picked) {
            Eligibility verdict = eligibility.check(request, allocated.getSample(), today);
            if (!verdict.eligible()) {
                refused.put(allocated.getSample().getBarcode(), verdict.reasons());
            }
        }
        if (!refused.isEmpty()) {
            throw new ShipmentRefused(id, refused);
        }
        EthicsApproval approval = requests.currentApproval(request.getStudy()).orElseThrow();
        Shipment shipment = new Shipment(request, approval, recipient.trim(), address.trim(), today,
                today.plusDays(USAGE_REPORT_DAYS), caller(), Instant.now(clock));
        em.persist(shipment);
        audit.because("shipped for request " + id + " to " + recipient.trim());
        for (AllocatedSample allocated : picked) {
            allocated.ship(shipment);
            custody.record(allocated.getSample(), CustodyEvent.SHIPPED, Movement.to(recipient.trim()), null,
                    "R" + id, "request " + id + ", study " + request.getStudy().getCode());
            pseudonyms.of(request.getStudy().getId(), allocated.getSample().getParticipant().getId());
        }
        em.persist(request.moveTo(RequestStatus.SHIPPED, caller(), Instant.now(clock), "to " + recipient.trim()));
        UniqueConstraints.flush(em, "shipment.exists", id);
        return shipment;
    }

    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public Optional<Shipment> of(long id) {
        return em.createNamedQuery(Shipment.OF_REQUEST, Shipment.class).setParameter("request", requests.byId(id))
                .getResultStream().findFirst();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
