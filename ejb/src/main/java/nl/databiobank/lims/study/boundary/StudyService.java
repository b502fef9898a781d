package nl.databiobank.lims.study.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.security.entity.Role;
import nl.databiobank.lims.security.entity.UserAccount;
import nl.databiobank.lims.study.entity.Study;
import nl.databiobank.lims.study.entity.StudyMember;

/**
 * Studies and who works on them. Ethics officers and administrators register, staff and close
 * studies and see them all; a researcher sees only the studies they lead or belong to; to anyone
 * else a study they may not see is unknown (404), so that its existence does not leak either.
 */
@Stateless
@RolesAllowed({Roles.ETHICS_OFFICER, Roles.ADMIN})
public class StudyService {

    static final String CODE_FORMAT = "[A-Z][A-Z0-9-]{1,31}";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    public Study create(NewStudy request) {
        String code = request.code() == null ? null : request.code().trim().toUpperCase();
        String investigator = username(request.principalInvestigator());
        FieldErrors errors = new FieldErrors();
        errors.require(code != null && code.matches(CODE_FORMAT), "code", "study.code.format");
        errors.require(present(request.title()), "title", "field.required");
        errors.requireAtMost(request.title(), 300, "title");
        errors.require(present(request.institution()), "institution", "field.required");
        errors.requireAtMost(request.institution(), 200, "institution");
        errors.requireAtMost(request.summary(), 4000, "summary");
        if (investigator == null) {
            errors.add("principalInvestigator", "field.required");
        } else if (!isResearcher(investigator)) {
            errors.add("principalInvestigator", "study.researcher.required", investigator);
        }
        errors.throwIfAny();
        if (find(code).isPresent()) {
            throw new ConflictException("study.exists", code);
        }
        Study study = new Study(code, request.title().trim(), investigator, request.institution().trim(),
                present(request.summary()) ? request.summary().trim() : null, caller(), Instant.now(clock));
        em.persist(study);
        UniqueConstraints.flush(em, "study.exists", code);
        return study;
    }

    /** The studies the caller may see: all of them for officers and administrators, a researcher's own otherwise. */
    @RolesAllowed({Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<Study> visible() {
        if (seesAll()) {
            return em.createNamedQuery(Study.ALL, Study.class).getResultList();
        }
        return em.createNamedQuery(Study.OF_RESEARCHER, Study.class).setParameter("username", caller()).getResultList();
    }

    /** A study the caller may see; unknown (404) otherwise. */
    @RolesAllowed({Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public Study byCode(String code) {
        Study study = find(code).orElseThrow(() -> new UnknownEntityException("study.unknown", code));
        if (!seesAll() && !study.isLedBy(caller()) && member(study, caller()).isEmpty()) {
            throw new UnknownEntityException("study.unknown", code);
        }
        return study;
    }

    @RolesAllowed({Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<StudyMember> members(String code) {
        return em.createNamedQuery(StudyMember.OF_STUDY, StudyMember.class)
                .setParameter("study", byCode(code)).getResultList();
    }

    /** Adds a researcher to the study; adding one who is on it already changes nothing. */
    public StudyMember addMember(String code, String username) {
        Study study = open(code);
        String name = username(username);
        if (name == null) {
            throw new InvalidInputException("username", "field.required");
        }
        if (!isResearcher(name)) {
            throw new InvalidInputException("username", "study.researcher.required", name);
        }
        Optional<StudyMember> existing = member(study, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        StudyMember member = new StudyMember(study, name, caller(), Instant.now(clock));
        em.persist(member);
        UniqueConstraints.flush(em, "study.member.exists", name, study.getCode());
        return member;
    }

    /** Takes a researcher off the study, for a reason the audit trail keeps. */
    public void removeMember(String code, String username, String reason) {
        Study study = open(code);
        String name = username(username);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "field.required");
        }
        StudyMember member = member(study, name)
                .orElseThrow(() -> new UnknownEntityException("study.member.unknown", username, study.getCode()));
        audit.because(reason.trim());
        em.remove(member);
    }

    /** Closes the study: no more approvals or members; for a reason the audit trail keeps. */
    public Study close(String code, String reason) {
        Study study = byCode(code);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "field.required");
        }
        if (study.isClosed()) {
            throw new ConflictException("study.closed", study.getCode());
        }
        audit.because(reason.trim());
        study.close();
        return study;
    }

    /** A study the caller may see and that may still change (not closed); 409 when it is closed. */
    public Study open(String code) {
        Study study = byCode(code);
        if (study.isClosed()) {
            throw new ConflictException("study.closed", study.getCode());
        }
        return study;
    }

    private boolean seesAll() {
        return session.isCallerInRole(Roles.ETHICS_OFFICER) || session.isCallerInRole(Roles.ADMIN);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private Optional<Study> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Study.BY_CODE, Study.class)
                .setParameter("code", code.trim().toUpperCase()).getResultStream().findFirst();
    }

    private Optional<StudyMember> member(Study study, String username) {
        return em.createNamedQuery(StudyMember.ONE, StudyMember.class)
                .setParameter("study", study).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private boolean isResearcher(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .filter(UserAccount::isEnabled)
                .filter(u -> u.hasRole(Role.RESEARCHER))
                .isPresent();
    }

    private static String username(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
