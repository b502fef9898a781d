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
import java.util.List;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.BarcodeKind;
import nl.databiobank.lims.platform.boundary.Barcodes;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.sample.boundary.ChainOfCustody;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.study.control.Allocations;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.AllocationState;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.UsageOutcome;

/**
 * After shipping: the researcher reports per sample whether it was consumed, returned or is still
 * held; a returned tube is checked in by scanning; reports not in by their due day are listed.
 */
@Stateless
@RolesAllowed({Roles.RESEARCHER, Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class UsageService {

    static final String OVERDUE = "SELECT r.id, st.code, r.requested_by, sh.recipient, sh.shipped_on,"
            + " sh.usage_due_on, count(*) FROM request_sample a"
            + " JOIN material_request r ON r.id = a.request_id JOIN study st ON st.id = r.study_id"
            + " JOIN shipment sh ON sh.id = a.shipment_id"
            + " WHERE a.state = 'SHIPPED' AND a.usage IS NULL AND sh.usage_due_on < ?1"
            + " GROUP BY r.id, st.code, r.requested_by, sh.recipient, sh.shipped_on, sh.usage_due_on"
            + " ORDER BY sh.usage_due_on, r.id";

    @PersistenceContext
    EntityManager em;

    @EJB
    RequestService requests;

    @Inject
    StudyPseudonyms pseudonyms;

    @Inject
    ChainOfCustody custody;

    @Inject
    Allocations allocations;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** What was shipped for the request, under the study's pseudonyms. */
    public List<Received> received(long id) {
        MaterialRequest request = requests.byId(id);
        return shipped(request).stream().map(a -> new Received(a.getSample().getBarcode(),
                pseudonyms.of(request.getStudy().getId(), a.getSample().getParticipant().getId()),
                a.getSample().getType().getCode(), a.getShipment().getShippedOn(), a.getShipment().getUsageDueOn(),
                a.getUsage() == null ? null : a.getUsage().name(), a.getUsageNote(), a.getUsageReportedAt(),
                a.getReturnedAt())).toList();
    }

    /** The researcher's report on one shipped sample; a later report replaces an earlier one. */
    @RolesAllowed(Roles.RESEARCHER)
    public void report(long id, String barcode, String outcome, String note) {
        MaterialRequest request = requests.byId(id);
        UsageOutcome usage = outcome(outcome);
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("note", "field.tooLong", 1000);
        }
        AllocatedSample allocated = shipped(request).stream()
                .filter(a -> a.getSample().getBarcode().equalsIgnoreCase(barcode == null ? "" : barcode.trim()))
                .findFirst().orElseThrow(() -> new UnknownEntityException("usage.notShipped", barcode, id));
        audit.becauseUnlessGiven("usage reported: " + usage.name().toLowerCase() + (text == null ? "" : " (" + text + ")"));
        allocated.reportUsage(usage, text, caller(), Instant.now(clock));
    }

    /** A returned tube is scanned on arrival: it is back in the biobank's hands, available, in no box yet. */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
    public String checkIn(String scan) {
        String barcode = Barcodes.parse(scan, "barcode", BarcodeKind.SAMPLE, BarcodeKind.KIT_TUBE).value();
        AllocatedSample allocated = em.createQuery("select a from AllocatedSample a where a.sample.barcode = :barcode"
                        + " and a.state = nl.databiobank.lims.study.entity.AllocationState.SHIPPED", AllocatedSample.class)
                .setParameter("barcode", barcode).getResultStream().findFirst()
                .orElseThrow(() -> new ConflictException("usage.return.notShipped", barcode));
        allocated.checkIn(caller(), Instant.now(clock));
        Sample sample = allocated.getSample();
        custody.record(sample, CustodyEvent.RETURNED, "returned from request " + allocated.getRequest().getId());
        return barcode;
    }

    /** Requests whose usage reports are past due, the longest overdue first. */
    @RolesAllowed({Roles.ETHICS_OFFICER, Roles.RESEARCH_NURSE, Roles.LAB_TECHNICIAN, Roles.ADMIN})
    @SuppressWarnings("unchecked")
    public List<OverdueUsage> overdue() {
        List<Object[]> rows = em.createNativeQuery(OVERDUE).setParameter(1, java.sql.Date.valueOf(LocalDate.now(clock)))
                .getResultList();
        return rows.stream().map(r -> new OverdueUsage(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((java.sql.Date) r[4]).toLocalDate(), ((java.sql.Date) r[5]).toLocalDate(),
                ((Number) r[6]).longValue())).toList();
    }

    private List<AllocatedSample> shipped(MaterialRequest request) {
        return allocations.in(request, AllocationState.SHIPPED);
    }

    private static UsageOutcome outcome(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("usage", "field.required");
        }
        try {
            return UsageOutcome.valueOf(text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("usage", "usage.outcome.unknown", text.trim());
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
