package nl.databiobank.lims.study.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.consent.entity.ConsentItem;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.sample.boundary.SampleTypeService;
import nl.databiobank.lims.study.control.ApprovalCheck;
import nl.databiobank.lims.study.entity.DataItem;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.Study;
import nl.databiobank.lims.study.entity.StudyStatus;

/**
 * Ethics approvals: recorded by an ethics officer, amended by new versions, never changed. A
 * study's current approval is its highest version; whether it holds on a given day is what a
 * release asks (DESIGN.md rule 4).
 */
@Stateless
@RolesAllowed(Roles.ETHICS_OFFICER)
public class ApprovalService {

    /** How far ahead the officers' expiring list looks unless asked otherwise. */
    public static final int EXPIRING_DAYS = 60;
    static final int EXPIRING_DAYS_MAX = 366;

    @PersistenceContext
    EntityManager em;

    @EJB
    SampleTypeService sampleTypes;

    @EJB
    StudyService studies;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** The first approval of a study, or (with {@code amends}) an amendment of its current one. */
    public EthicsApproval record(String studyCode, NewApproval request) {
        Study study = studies.open(studyCode);
        Set<String> consentCodes = new HashSet<>(em.createNamedQuery(ConsentItem.CODES, String.class).getResultList());
        ApprovalCheck.check(request, LocalDate.now(clock), code -> sampleTypes.find(code).isPresent(),
                consentCodes::contains);
        Optional<EthicsApproval> current = current(study);
        if (current.isEmpty() && request.amends() != null) {
            throw new InvalidInputException("amends", "approval.amends.nothing", study.getCode());
        }
        if (current.isPresent() && request.amends() == null) {
            throw new InvalidInputException("amends", "approval.amends.required", current.get().getApprovalVersion());
        }
        if (current.isPresent() && current.get().getApprovalVersion() != request.amends()) {
            throw new ConflictException("approval.amends.notCurrent", request.amends(),
                    current.get().getApprovalVersion());
        }
        EthicsApproval approval = new EthicsApproval(study, current.orElse(null), request.committee().trim(),
                request.referenceNumber().trim(), request.decisionDate(), request.validFrom(), request.validUntil(),
                request.maxParticipants(), request.maxSamples(), ApprovalCheck.normalised(request.sampleTypes()),
                ApprovalCheck.normalised(request.consentItems()),
                ApprovalCheck.normalised(request.dataItems()).stream().map(DataItem::valueOf).toList(),
                session.getCallerPrincipal().getName(), Instant.now(clock));
        em.persist(approval);
        if (study.activate()) {
            audit.because("Ethics approval " + approval.getReferenceNumber() + " recorded");
        }
        UniqueConstraints.flush(em, "approval.amends.notCurrent", request.amends(), approval.getApprovalVersion() - 1);
        return approval;
    }

    /** Every version of the study's approval, the first first. */
    @RolesAllowed({Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<EthicsApproval> versions(String studyCode) {
        return em.createNamedQuery(EthicsApproval.OF_STUDY, EthicsApproval.class)
                .setParameter("study", studies.byCode(studyCode)).getResultList();
    }

    /** The study's current approval: its highest version. */
    @RolesAllowed({Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public Optional<EthicsApproval> current(Study study) {
        return em.createNamedQuery(EthicsApproval.CURRENT_OF_STUDY, EthicsApproval.class)
                .setParameter("study", study).setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether the study's current approval holds on that day (and the study is not closed). */
    @RolesAllowed({Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public boolean validOn(String studyCode, LocalDate day) {
        Study study = studies.byCode(studyCode);
        return !study.isClosed() && current(study).map(a -> a.isValidOn(day)).orElse(false);
    }

    /**
     * Current approvals of studies not closed that end within {@code days} from today (today
     * included), the soonest first: the officers' list of approvals to see renewed.
     */
    @RolesAllowed({Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<EthicsApproval> expiringWithin(int days) {
        if (days < 0 || days > EXPIRING_DAYS_MAX) {
            throw new InvalidInputException("days", "approval.expiring.days", EXPIRING_DAYS_MAX);
        }
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(EthicsApproval.CURRENT_EXPIRING, EthicsApproval.class)
                .setParameter("from", today).setParameter("until", today.plusDays(days))
                .setParameter("closed", StudyStatus.CLOSED).getResultList();
    }
}
