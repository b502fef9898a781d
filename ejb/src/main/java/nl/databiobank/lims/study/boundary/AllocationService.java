package nl.databiobank.lims.study.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.sample.boundary.ChainOfCustody;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.Movement;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleStatus;
import nl.databiobank.lims.study.control.Allocations;
import nl.databiobank.lims.study.control.Candidate;
import nl.databiobank.lims.study.control.CandidateQuery;
import nl.databiobank.lims.study.control.CandidateSelection;
import nl.databiobank.lims.study.control.Eligibility;
import nl.databiobank.lims.study.control.EligibilityCheck;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.NoticeKind;
import nl.databiobank.lims.study.entity.PhysicianAgreement;
import nl.databiobank.lims.study.entity.RequestNotice;

/**
 * Allocation of an approved request: the system proposes candidates, a technician or coordinator
 * reserves them (or adds and removes by barcode), and the treating physicians of the patients
 * whose material is allocated agree or refuse; a refusal takes their patients' samples off.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ADMIN})
public class AllocationService {

    private static final int SPARE_TUBES = 5;

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

    /** What the system would allocate now, first in first out; nothing is reserved yet. */
    public List<Candidate> propose(long id) {
        MaterialRequest request = allocatable(id);
        long participantsHeld = held(request).stream().map(a -> a.getSample().getParticipant().getId()).distinct()
                .count();
        int wanted = (int) Math.max(0, request.getParticipantsWanted() - participantsHeld);
        if (wanted == 0) {
            return List.of();
        }
        return CandidateSelection.choose(candidates(request, wanted), wanted, request.getAliquotsPerParticipant());
    }

    /** Reserves the proposal; all or nothing. */
    public List<AllocatedSample> allocateProposed(long id) {
        return add(id, propose(id).stream().map(Candidate::barcode).toList());
    }

    /** Reserves these samples; all or nothing. */
    public List<AllocatedSample> add(long id, List<String> barcodes) {
        List<AllocatedSample> reserved = new ArrayList<>();
        for (String barcode : barcodes) {
            reserved.add(add(id, barcode));
        }
        return reserved;
    }

    /**
     * Reserves one sample for the request, if every key but the physician's holds today (the
     * physicians are asked about what is allocated); 409 with the reasons otherwise, or when another
     * request holds it (the database has the last word when two reserve it at once).
     */
    public AllocatedSample add(long id, String barcode) {
        MaterialRequest request = allocatable(id);
        Sample sample = eligibility.sample(barcode);
        Eligibility verdict = eligibility.check(request, sample, LocalDate.now(clock));
        if (!EligibilityCheck.allowsAllocation(verdict)) {
            throw new ConflictException("allocation.notEligible", sample.getBarcode(),
                    String.join(", ", verdict.reasons()));
        }
        if (agreement(request, sample.getParticipant().getTreatingPhysician()).filter(a -> !a.isAgreed()).isPresent()) {
            throw new ConflictException("allocation.physicianRefused", sample.getBarcode(),
                    sample.getParticipant().getTreatingPhysician());
        }
        if (sample.getStatus() == SampleStatus.RESERVED) {
            throw new ConflictException("allocation.already", sample.getBarcode(), request.getId());
        }
        requireWithinApprovalMaximum(request, sample);
        audit.because("allocated to request " + request.getId());
        custody.record(sample, CustodyEvent.RESERVED, Movement.NONE, null, "R" + request.getId(),
                "request " + request.getId());
        AllocatedSample allocated = new AllocatedSample(request, sample, caller(), Instant.now(clock));
        em.persist(allocated);
        request.coordinatedBy(caller());
        UniqueConstraints.flush(em, "allocation.taken", sample.getBarcode());
        settle(request, null);
        return allocated;
    }

    /** Takes a sample off the request, for a reason; the tube becomes available again. */
    public void remove(long id, String barcode, String reason) {
        MaterialRequest request = allocatable(id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "field.required");
        }
        Sample sample = eligibility.sample(barcode);
        AllocatedSample allocated = held(request).stream().filter(a -> a.getSample().equals(sample)).findFirst()
                .orElseThrow(() -> new UnknownEntityException("allocation.unknown", sample.getBarcode(), id));
        audit.because(reason.trim());
        release(allocated, reason.trim());
        settle(request, reason.trim());
    }

    /** Every sample ever allocated to the request, cancelled ones included, in allocation order. */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<AllocatedSample> allocation(long id) {
        return allocations.of(requests.byId(id));
    }

    /** The treating physicians of the participants whose material is held for the request, or who answered. */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<PhysicianLine> physicians(long id) {
        MaterialRequest request = requests.byId(id);
        Map<String, List<AllocatedSample>> byPhysician = held(request).stream().collect(Collectors.groupingBy(
                a -> a.getSample().getParticipant().getTreatingPhysician(), TreeMap::new, Collectors.toList()));
        Map<String, PhysicianAgreement> answers = new TreeMap<>();
        agreements(request).forEach(a -> answers.put(a.getPhysician(), a));
        SortedSet<String> names = new TreeSet<>(byPhysician.keySet());
        names.addAll(answers.keySet());
        List<PhysicianLine> lines = new ArrayList<>();
        for (String name : names) {
            List<AllocatedSample> samples = byPhysician.getOrDefault(name, List.of());
            long participants = samples.stream().map(a -> a.getSample().getParticipant().getId()).distinct().count();
            Optional<PhysicianAgreement> answer = Optional.ofNullable(answers.get(name));
            lines.add(new PhysicianLine(name, participants, samples.size(),
                    answer.map(PhysicianAgreement::isAgreed).orElse(null), answer.map(PhysicianAgreement::getNote)
                    .orElse(null), answer.map(PhysicianAgreement::getRecordedBy).orElse(null),
                    answer.map(PhysicianAgreement::getRecordedAt).orElse(null)));
        }
        return lines;
    }

    /**
     * A coordinator records a physician's answer. A refusal (which must say why) takes every sample
     * of that physician's patients off the request at once.
     */
    @RolesAllowed({Roles.RESEARCH_NURSE, Roles.ADMIN})
    public PhysicianAgreement recordAgreement(long id, String physician, Boolean agreed, String note) {
        MaterialRequest request = allocatable(id);
        String text = note == null || note.isBlank() ? null : note.trim();
        if (agreed == null) {
            throw new InvalidInputException("agreed", "field.required");
        }
        if (!agreed && text == null) {
            throw new InvalidInputException("note", "request.physician.refusalReason");
        }
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("note", "field.tooLong", 1000);
        }
        String name = physician == null ? "" : physician.trim();
        boolean listed = physicians(id).stream().anyMatch(line -> line.physician().equals(name));
        if (!listed) {
            throw new InvalidInputException("physician", "request.physician.unknown", name, id);
        }
        Instant now = Instant.now(clock);
        Optional<PhysicianAgreement> existing = agreement(request, name);
        PhysicianAgreement answer;
        if (existing.isPresent()) {
            audit.because("physician's answer changed" + (text == null ? "" : ": " + text));
            answer = existing.get();
            answer.record(agreed, text, caller(), now);
        } else {
            answer = new PhysicianAgreement(request, name, agreed, text, caller(), now);
            em.persist(answer);
        }
        UniqueConstraints.flush(em, "request.physician.answered", name);
        if (!agreed) {
            String reason = "treating physician " + name + " refused: " + text;
            audit.because(reason);
            long dropped = held(request).stream()
                    .filter(a -> a.getSample().getParticipant().getTreatingPhysician().equals(name))
                    .peek(a -> release(a, reason)).count();
            if (dropped > 0) {
                em.persist(new RequestNotice(request, request.getRequestedBy(), NoticeKind.PHYSICIAN_REFUSED,
                        dropped + " sample(s) taken off request " + id + ": " + reason, now));
            }
            settle(request, reason);
        }
        return answer;
    }

    private List<AllocatedSample> held(MaterialRequest request) {
        return allocations.held(request);
    }

    private void release(AllocatedSample allocated, String reason) {
        allocated.cancel(reason, caller(), Instant.now(clock));
        if (allocated.getSample().getStatus() == SampleStatus.RESERVED) {
            custody.record(allocated.getSample(), CustodyEvent.RELEASED, reason);
        }
    }

    private void settle(MaterialRequest request, String note) {
        allocations.settle(request, caller(), Instant.now(clock), note);
    }

    private MaterialRequest allocatable(long id) {
        MaterialRequest request = requests.byId(id);
        if (!request.getStatus().takesAllocation()) {
            throw new ConflictException("allocation.notApproved", id, request.getStatus());
        }
        return request;
    }

    private void requireWithinApprovalMaximum(MaterialRequest request, Sample sample) {
        EthicsApproval approval = requests.currentApproval(request.getStudy()).orElseThrow();
        List<Object[]> released = em.createQuery("select a.sample.id, a.sample.participant.id from AllocatedSample a"
                        + " where a.request.study = :study and a.state <> "
                        + "nl.databiobank.lims.study.entity.AllocationState.CANCELLED", Object[].class)
                .setParameter("study", request.getStudy()).getResultList();
        if (approval.getMaxSamples() != null && released.size() + 1 > approval.getMaxSamples()) {
            throw new ConflictException("allocation.overMaxSamples", approval.getMaxSamples(),
                    request.getStudy().getCode());
        }
        Long participant = sample.getParticipant().getId();
        long participants = released.stream().map(r -> (Long) r[1]).distinct().count();
        boolean known = released.stream().anyMatch(r -> participant.equals(r[1]));
        if (approval.getMaxParticipants() != null && !known && participants + 1 > approval.getMaxParticipants()) {
            throw new ConflictException("allocation.overMaxParticipants", approval.getMaxParticipants(),
                    request.getStudy().getCode());
        }
    }

    private Optional<PhysicianAgreement> agreement(MaterialRequest request, String physician) {
        return agreements(request).stream().filter(a -> a.getPhysician().equals(physician)).findFirst();
    }

    private List<PhysicianAgreement> agreements(MaterialRequest request) {
        return em.createNamedQuery(PhysicianAgreement.OF_REQUEST, PhysicianAgreement.class)
                .setParameter("request", request).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Candidate> candidates(MaterialRequest request, int participants) {
        String items = requests.currentApproval(request.getStudy()).map(EthicsApproval::getConsentItems)
                .map(set -> String.join(",", set)).orElse("");
        List<Object[]> rows = em.createNativeQuery(CandidateQuery.CANDIDATES)
                .setParameter(1, request.getSampleTypeCode())
                .setParameter(2, request.getMinQuantity())
                .setParameter(3, String.join(",", request.getTimePoints()))
                .setParameter(4, String.join(",", request.getDiagnoses()))
                .setParameter(5, items)
                .setParameter(6, java.sql.Date.valueOf(LocalDate.now(clock)))
                .setParameter(7, request.getId())
                .setParameter(8, request.getAliquotsPerParticipant())
                .setParameter(9, participants)
                // a few tubes more than needed per participant, to prefer those in boxes already on the list
                .setParameter(10, request.getAliquotsPerParticipant() * SPARE_TUBES)
                .getResultList();
        return rows.stream().map(r -> new Candidate(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), instant(r[3]), r[4] == null ? null : ((Number) r[4]).longValue())).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
