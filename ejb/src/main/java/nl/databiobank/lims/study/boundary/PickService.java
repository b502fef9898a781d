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
import java.util.Comparator;
import java.util.List;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.BarcodeKind;
import nl.databiobank.lims.platform.boundary.Barcodes;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.sample.boundary.ChainOfCustody;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.Movement;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.storage.entity.SampleLocation;
import nl.databiobank.lims.storage.entity.StorageUnit;
import nl.databiobank.lims.study.control.Allocations;
import nl.databiobank.lims.study.control.Eligibility;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.AllocationState;
import nl.databiobank.lims.study.entity.MaterialRequest;

/**
 * Scan-to-pick: the pick list in freezer order, and each scanned tube checked against it. A tube not
 * on the list, or held for another request, is refused loudly; so is one that lost a key since
 * allocation (eligibility is asked again at the moment of picking).
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ADMIN})
public class PickService {

    @PersistenceContext
    EntityManager em;

    @EJB
    RequestService requests;

    @EJB
    EligibilityService eligibility;

    @Inject
    ChainOfCustody custody;

    @Inject
    Allocations allocations;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** The tubes held for the request, in the order to fetch them; picked ones stay on the list, marked. */
    public List<PickLine> pickList(long id) {
        MaterialRequest request = requests.byId(id);
        return allocations.held(request).stream().map(this::line).sorted(Comparator.comparing(PickLine::order))
                .toList();
    }

    /** The technician scanned a tube for the request: it comes out of its box, picked. */
    public PickLine pick(long id, String scan) {
        MaterialRequest request = requests.byId(id);
        String barcode = Barcodes.parse(scan, "barcode", BarcodeKind.SAMPLE, BarcodeKind.KIT_TUBE).value();
        Sample sample = eligibility.sample(barcode);
        List<AllocatedSample> holders = em.createNamedQuery(AllocatedSample.ACTIVE_OF_SAMPLE, AllocatedSample.class)
                .setParameter("sample", sample).getResultList();
        AllocatedSample held = holders.stream().filter(a -> a.getRequest().equals(request)).findFirst()
                .orElseThrow(() -> holders.isEmpty() ? new ConflictException("pick.notOnList", barcode, id)
                        : new ConflictException("pick.otherRequest", barcode, holders.get(0).getRequest().getId(), id));
        if (held.getState() == AllocationState.PICKED) {
            throw new ConflictException("pick.already", barcode);
        }
        Eligibility verdict = eligibility.check(request, sample, LocalDate.now(clock));
        if (!verdict.eligible()) {
            throw new ConflictException("pick.notEligible", barcode, String.join(", ", verdict.reasons()));
        }
        audit.because("picked for request " + id);
        SampleLocation location = custody.locationOf(sample);
        if (location != null) {
            String from = location.name();
            em.remove(location);
            custody.record(sample, CustodyEvent.REMOVED, Movement.from(from), null, "R" + id, "picked for request " + id);
        }
        held.pick(caller(), Instant.now(clock));
        allocations.settle(request, caller(), Instant.now(clock), null);
        return line(held, location);
    }

    private PickLine line(AllocatedSample allocated) {
        return line(allocated, custody.locationOf(allocated.getSample()));
    }

    private PickLine line(AllocatedSample allocated, SampleLocation location) {
        Sample sample = allocated.getSample();
        String type = sample.getType().getCode();
        if (location == null) {
            return new PickLine(sample.getBarcode(), type, null, null, null, null, null, allocated.getState().name(),
                    "~" + sample.getBarcode());
        }
        StorageUnit rack = location.getBox().getRack();
        StorageUnit freezer = rack == null ? null : rack.freezer();
        String freezerName = freezer == null ? "" : freezer.getName();
        String rackName = rack == null ? "" : rack.getName();
        var position = location.position();
        String order = "%s|%s|%s|%02d|%02d".formatted(freezerName, rackName, location.getBox().getName(),
                position.row(), position.column());
        return new PickLine(sample.getBarcode(), type, freezer == null ? null : freezer.getName(),
                rack == null ? null : rack.getName(), location.getBox().getName(), location.getBox().getBarcode(),
                position.name(), allocated.getState().name(), order);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
