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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.sample.boundary.ChainOfCustody;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.SampleStatus;
import nl.databiobank.lims.sample.boundary.SampleTypeService;
import nl.databiobank.lims.study.control.Allocations;
import nl.databiobank.lims.study.control.RequestCheck;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.RequestNotice;
import nl.databiobank.lims.study.entity.RequestStatus;
import nl.databiobank.lims.study.entity.RequestStep;
import nl.databiobank.lims.study.entity.Study;

/**
 * Material requests from filing to decision: a researcher files under a study of their own and
 * submits; an ethics officer takes it into review and approves (with conditions) or rejects. The
 * biobank's staff see every request; a researcher only those of their studies (others are 404).
 */
@Stateless
@RolesAllowed({Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN, Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE})
public class RequestService {

    @PersistenceContext
    EntityManager em;

    @EJB
    SampleTypeService sampleTypes;

    @EJB
    StudyService studies;

    @Inject
    AuditTrail audit;

    @Inject
    Allocations allocations;

    @Inject
    ChainOfCustody custody;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    @RolesAllowed(Roles.RESEARCHER)
    public MaterialRequest file(NewRequest request) {
        if (request.study() == null || request.study().isBlank()) {
            throw new InvalidInputException("study", "field.required");
        }
        Study study = studies.byCode(request.study());
        if (study.isClosed()) {
            throw new ConflictException("study.closed", study.getCode());
        }
        var criteria = RequestCheck.request(request, code -> sampleTypes.find(code).isPresent());
        MaterialRequest filed = new MaterialRequest(study, criteria, request.title().trim(), request.purpose().trim(),
                RequestCheck.dataItems(request), caller(), Instant.now(clock));
        em.persist(filed);
        em.persist(RequestStep.created(filed));
        return filed;
    }

    /** The requests the caller may see, the newest first. */
    public List<MaterialRequest> visible() {
        if (seesAll()) {
            return em.createNamedQuery(MaterialRequest.ALL, MaterialRequest.class).getResultList();
        }
        return em.createNamedQuery(MaterialRequest.OF_RESEARCHER, MaterialRequest.class)
                .setParameter("username", caller()).getResultList();
    }

    /** A request the caller may see; unknown (404) otherwise. */
    public MaterialRequest byId(long id) {
        MaterialRequest request = em.find(MaterialRequest.class, id);
        if (request == null || !seesAll() && !worksOn(request.getStudy())) {
            throw new UnknownEntityException("request.unknown", id);
        }
        return request;
    }

    public List<RequestStep> steps(long id) {
        return em.createNamedQuery(RequestStep.OF_REQUEST, RequestStep.class).setParameter("request", byId(id))
                .getResultList();
    }

    /** What the request's coordinators were told (withdrawals, refusals), the oldest first. */
    public List<RequestNotice> notices(long id) {
        return em.createNamedQuery(RequestNotice.OF_REQUEST, RequestNotice.class).setParameter("request", byId(id))
                .getResultList();
    }

    /** What the caller was told and has not marked read, the newest first. */
    public List<RequestNotice> unreadNotices() {
        return em.createNamedQuery(RequestNotice.UNREAD_FOR, RequestNotice.class).setParameter("username", caller())
                .getResultList();
    }

    /** Marks one of the caller's own notices read; anyone else's is unknown. */
    public void markRead(long noticeId) {
        RequestNotice notice = em.find(RequestNotice.class, noticeId);
        if (notice == null || !notice.getAddressee().equals(caller())) {
            throw new UnknownEntityException("request.notice.unknown", noticeId);
        }
        notice.markRead(Instant.now(clock));
    }

    @RolesAllowed(Roles.RESEARCHER)
    public MaterialRequest submit(long id) {
        MaterialRequest request = byId(id);
        if (request.getStudy().isClosed()) {
            throw new ConflictException("study.closed", request.getStudy().getCode());
        }
        return move(request, RequestStatus.SUBMITTED, null);
    }

    /** The officers' queue: submitted and under review, the oldest first. */
    @RolesAllowed({Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<MaterialRequest> reviewQueue() {
        return em.createNamedQuery(MaterialRequest.IN_STATUS, MaterialRequest.class)
                .setParameter("statuses", EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW))
                .getResultList();
    }

    @RolesAllowed(Roles.ETHICS_OFFICER)
    public MaterialRequest startReview(long id) {
        return move(byId(id), RequestStatus.UNDER_REVIEW, null);
    }

    /**
     * The officer's key: approval (with conditions, if any) under the study's current approval,
     * which must hold today; or rejection, which must say why.
     */
    @RolesAllowed(Roles.ETHICS_OFFICER)
    public MaterialRequest decide(long id, boolean approve, String note) {
        MaterialRequest request = byId(id);
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > 4000) {
            throw new InvalidInputException("note", "field.tooLong", 4000);
        }
        if (!approve && text == null) {
            throw new InvalidInputException("note", "request.reject.reason");
        }
        EthicsApproval under = null;
        if (approve) {
            LocalDate today = LocalDate.now(clock);
            under = currentApproval(request.getStudy())
                    .filter(a -> a.isValidOn(today) && !request.getStudy().isClosed())
                    .orElseThrow(() -> new ConflictException("request.approve.noValidApproval",
                            request.getStudy().getCode()));
        }
        if (!request.getStatus().awaitsDecision()) {
            throw new ConflictException("request.status.transition", id, request.getStatus(),
                    approve ? RequestStatus.APPROVED : RequestStatus.REJECTED);
        }
        audit.because(approve ? "request approved" + (text == null ? "" : ": " + text) : "request rejected: " + text);
        em.persist(request.decide(approve, under, text, caller(), Instant.now(clock)));
        return request;
    }

    /**
     * Ends the request for a reason (its researcher, an officer or an administrator); samples still
     * held for it are taken off and become available again, so that no tube stays reserved for ever.
     */
    @RolesAllowed({Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public MaterialRequest close(long id, String reason) {
        MaterialRequest request = byId(id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "field.required");
        }
        String why = "request closed: " + reason.trim();
        audit.because(why);
        for (AllocatedSample held : allocations.held(request)) {
            held.cancel(why, caller(), Instant.now(clock));
            if (held.getSample().getStatus() == SampleStatus.RESERVED) {
                custody.record(held.getSample(), CustodyEvent.RELEASED, why);
            }
        }
        return move(request, RequestStatus.CLOSED, reason.trim());
    }

    /** The study's current approval (its highest version), if it has one. */
    public Optional<EthicsApproval> currentApproval(Study study) {
        return em.createNamedQuery(EthicsApproval.CURRENT_OF_STUDY, EthicsApproval.class)
                .setParameter("study", study).setMaxResults(1).getResultStream().findFirst();
    }

    MaterialRequest move(MaterialRequest request, RequestStatus to, String note) {
        audit.becauseUnlessGiven("request " + to.name().toLowerCase().replace('_', ' ')
                + (note == null ? "" : ": " + note));
        em.persist(request.moveTo(to, caller(), Instant.now(clock), note));
        return request;
    }

    boolean seesAll() {
        return session.isCallerInRole(Roles.ETHICS_OFFICER) || session.isCallerInRole(Roles.ADMIN)
                || session.isCallerInRole(Roles.LAB_TECHNICIAN) || session.isCallerInRole(Roles.RESEARCH_NURSE);
    }

    String caller() {
        return session.getCallerPrincipal().getName();
    }

    private boolean worksOn(Study study) {
        return study.isLedBy(caller()) || !em.createNamedQuery(
                        nl.databiobank.lims.study.entity.StudyMember.ONE)
                .setParameter("study", study).setParameter("username", caller()).getResultList().isEmpty();
    }
}
