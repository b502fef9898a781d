package nl.databiobank.lims.participant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.databiobank.lims.audit.boundary.AccessLog;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.participant.control.EnrolmentRules;
import nl.databiobank.lims.participant.control.IdentityCipher;
import nl.databiobank.lims.participant.control.MrnDigest;
import nl.databiobank.lims.participant.entity.Diagnosis;
import nl.databiobank.lims.participant.entity.Hospital;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.participant.entity.ParticipantIdentity;
import nl.databiobank.lims.participant.entity.ParticipantStatus;
import nl.databiobank.lims.participant.entity.Sex;

/**
 * Enrolment and finding participants. Everyone who works with material sees pseudonyms; only
 * research nurses and administrators see identity, and every such look is in the access log with
 * the reason given for it.
 */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.ADMIN})
public class ParticipantService {

    static final String PSEUDONYM_PREFIX = "P";
    static final int PSEUDONYM_DIGITS = 6;
    static final String VIEW_IDENTITY = "VIEW_IDENTITY";
    static final String SEARCH_MRN = "SEARCH_MRN";

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityCipher cipher;

    @Inject
    MrnDigest mrnDigest;

    @EJB
    AccessLog accessLog;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    @Inject
    Event<TreatmentStartRecorded> treatmentStarted;

    @Inject
    Event<ParticipantDied> died;

    Clock clock = Clock.systemDefaultZone();

    public Participant enrol(NewParticipant request) {
        LocalDate today = LocalDate.now(clock);
        Optional<Hospital> hospital = hospital(request.hospital());
        EnrolmentRules.check(request, hospital.isPresent(), today);
        String digest = mrnDigest.digest(request.mrn());
        if (findByDigest(digest).isPresent()) {
            throw new ConflictException("participant.mrnExists");
        }
        Participant participant = new Participant(nextPseudonym(), Sex.valueOf(request.sex().trim().toUpperCase()),
                hospital.get(), new Diagnosis(request.diagnosisCode().trim().toUpperCase(),
                        blankToNull(request.diagnosisText()), request.diagnosisDate()),
                request.treatingPhysician().trim(), request.cohort().trim(), today, Instant.now(clock));
        em.persist(participant);
        em.persist(new ParticipantIdentity(participant, digest,
                cipher.encrypt(mrnDigest.normalise(request.mrn()), IdentityCipher.MRN),
                cipher.encrypt(request.name().trim(), IdentityCipher.NAME),
                cipher.encrypt(request.birthDate().toString(), IdentityCipher.BIRTH_DATE)));
        UniqueConstraints.flush(em, "participant.mrnExists");
        return participant;
    }

    /** The research view of a participant: pseudonym and research data, no identity. */
    @RolesAllowed({Roles.RESEARCH_NURSE, Roles.LAB_TECHNICIAN, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public Participant byPseudonym(String pseudonym) {
        return em.createNamedQuery(Participant.BY_PSEUDONYM, Participant.class)
                .setParameter("pseudonym", pseudonym == null ? "" : pseudonym.trim().toUpperCase())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownEntityException("participant.unknown", pseudonym));
    }

    /** Decrypts who the participant is, for a reason that goes into the access log. */
    public Identity identity(String pseudonym, String reason) {
        requireReason(reason);
        Participant participant = byPseudonym(pseudonym);
        accessLog.record(caller(), VIEW_IDENTITY, participant.getPseudonym(), reason.trim(), null);
        return decrypt(em.find(ParticipantIdentity.class, participant.getId()));
    }

    /** Finds a participant by hospital number, for a reason that goes into the access log. */
    public Identity byMrn(String mrn, String reason) {
        requireReason(reason);
        if (mrn == null || mrn.isBlank()) {
            throw new InvalidInputException("mrn", "field.required");
        }
        Optional<ParticipantIdentity> found = findByDigest(mrnDigest.digest(mrn));
        accessLog.record(caller(), SEARCH_MRN, found.map(i -> i.getParticipant().getPseudonym()).orElse(null),
                reason.trim() + (found.isEmpty() ? " (no participant found)" : ""), null);
        return found.map(this::decrypt).orElseThrow(() -> new UnknownEntityException("participant.unknownMrn"));
    }

    /** Deceased, lost to follow-up, or back in view; dated, with a reason for the audit trail. */
    public Participant changeStatus(String pseudonym, String status, LocalDate on, String reason) {
        Participant participant = byPseudonym(pseudonym);
        FieldErrors errors = new FieldErrors();
        ParticipantStatus next = Arrays.stream(ParticipantStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status == null ? "" : status.trim())).findFirst().orElse(null);
        if (next == null) {
            errors.add("status", "participant.status.unknown", status);
        } else if (!participant.canChangeTo(next)) {
            errors.add("status", "participant.status.transition", participant.getStatus(), next);
        }
        if (on == null) {
            errors.add("date", "field.required");
        } else if (on.isAfter(LocalDate.now(clock)) || on.isBefore(participant.getDiagnosis().date())) {
            errors.add("date", "participant.statusDate.implausible");
        }
        errors.require(reason != null && !reason.isBlank(), "reason", "field.required");
        errors.throwIfAny();
        audit.because(reason.trim());
        participant.changeStatus(next, on);
        if (next == ParticipantStatus.DECEASED) {
            died.fire(new ParticipantDied(participant.getId(), participant.getPseudonym(), on));
        }
        return participant;
    }

    /**
     * The day treatment started, from which some questionnaire schedules count. A change of an earlier
     * recorded day is a correction and needs a reason.
     */
    public Participant recordTreatmentStart(String pseudonym, LocalDate on, String reason) {
        Participant participant = byPseudonym(pseudonym);
        FieldErrors errors = new FieldErrors();
        if (on == null) {
            errors.add("date", "field.required");
        } else if (on.isAfter(LocalDate.now(clock)) || on.isBefore(participant.getDiagnosis().date())) {
            errors.add("date", "participant.treatmentStart.implausible", participant.getDiagnosis().date());
        }
        boolean correction = participant.getTreatmentStart().isPresent();
        errors.require(!correction || (reason != null && !reason.isBlank()), "reason", "field.required");
        errors.requireAtMost(reason, 500, "reason");
        errors.throwIfAny();
        if (correction) {
            audit.because(reason.trim());
        } else {
            // the first day fills an empty field, yet it is an update of the participant, which the trail
            // records with a reason: the nurse's, or this one
            audit.because(reason == null || reason.isBlank() ? "Treatment start recorded" : reason.trim());
        }
        participant.recordTreatmentStart(on);
        treatmentStarted.fire(new TreatmentStartRecorded(participant.getId(), participant.getPseudonym(), on));
        return participant;
    }

    @RolesAllowed(Roles.ADMIN)
    public Hospital addHospital(String code, String name, String city) {
        String normalised = code == null ? null : code.trim().toUpperCase();
        FieldErrors errors = new FieldErrors();
        errors.require(normalised != null && normalised.matches("[A-Z][A-Z0-9_-]{1,31}"), "code", "hospital.code.format");
        errors.require(name != null && !name.isBlank(), "name", "field.required");
        errors.throwIfAny();
        if (hospital(normalised).isPresent()) {
            throw new ConflictException("hospital.exists", normalised);
        }
        Hospital hospital = new Hospital(normalised, name.trim(), city == null || city.isBlank() ? null : city.trim());
        em.persist(hospital);
        UniqueConstraints.flush(em, "hospital.exists", normalised);
        return hospital;
    }

    @RolesAllowed({Roles.RESEARCH_NURSE, Roles.LAB_TECHNICIAN, Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<Hospital> hospitals() {
        return em.createNamedQuery(Hospital.ALL, Hospital.class).getResultList();
    }

    private Identity decrypt(ParticipantIdentity identity) {
        return new Identity(identity.getParticipant().getPseudonym(),
                cipher.decrypt(identity.getMrnSealed(), IdentityCipher.MRN),
                cipher.decrypt(identity.getNameSealed(), IdentityCipher.NAME),
                LocalDate.parse(cipher.decrypt(identity.getBirthDateSealed(), IdentityCipher.BIRTH_DATE)));
    }

    private Optional<Hospital> hospital(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Hospital.BY_CODE, Hospital.class)
                .setParameter("code", code.trim().toUpperCase())
                .getResultStream().findFirst();
    }

    private Optional<ParticipantIdentity> findByDigest(String digest) {
        return em.createNamedQuery(ParticipantIdentity.BY_MRN_DIGEST, ParticipantIdentity.class)
                .setParameter("digest", digest)
                .getResultStream().findFirst();
    }

    private String nextPseudonym() {
        long number = ((Number) em.createNativeQuery("SELECT nextval('participant_number_seq')")
                .getSingleResult()).longValue();
        return Identifier.of(PSEUDONYM_PREFIX, number, PSEUDONYM_DIGITS).value();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "participant.reasonRequired");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
