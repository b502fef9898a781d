package nl.databiobank.lims.study.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.LimsConfig;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.study.control.Candidate;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.DataItem;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.RequestCriteria;
import nl.databiobank.lims.study.entity.RequestStatus;
import nl.databiobank.lims.study.entity.RequestStep;
import nl.databiobank.lims.study.entity.Study;
import nl.databiobank.lims.study.entity.UsageOutcome;

/**
 * Demo mode: two studies of the demo researcher, one with a valid approval and one whose approval
 * expired, and requests in several states: waiting for review, rejected, approved and allocated,
 * and shipped with usage reported. The researcher's and the officer's steps are written as theirs
 * (this bean cannot hold their roles); allocation, picking and shipping go through the lab's own
 * services, so every release passes the same eligibility check as a real one.
 */
@Stateless
@RunAs(Roles.ADMIN)
public class DemoRequests {

    private static final Logger LOG = Logger.getLogger(DemoRequests.class.getName());
    static final String RESEARCHER = "researcher";
    static final String OFFICER = "ethics";
    static final String COORDINATOR = "nurse";

    @PersistenceContext
    EntityManager em;

    @EJB
    StudyService studies;

    @EJB
    AllocationService allocation;

    @EJB
    PickService picking;

    @EJB
    ShipmentService shipments;

    @Inject
    LimsConfig config;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemDefaultZone();

    public void createOnFirstStart() {
        if (!config.demoMode() || em.createQuery("select count(s) from Study s", Long.class).getSingleResult() > 0) {
            return;
        }
        long started = System.nanoTime();
        audit.because("demo data");
        LocalDate today = LocalDate.now(clock);
        Study fatigue = studies.create(new NewStudy("OLS-2026-01", "Inflammatory markers and fatigue after chemotherapy",
                RESEARCHER, "UMCG, Department of Medical Oncology", "Do serum cytokines at diagnosis predict fatigue"
                + " (QLQ-C30 FA) in the first year after chemotherapy?"));
        EthicsApproval valid = approval(fatigue, "METc 2026/118", today.minusMonths(8), today.plusMonths(16),
                List.of("SERUM", "PLASMA_EDTA"), List.of("BLOOD"),
                List.of(DataItem.QUESTIONNAIRE_SCORES, DataItem.AGE_AT_COLLECTION, DataItem.DIAGNOSIS));
        Study tissue = studies.create(new NewStudy("OLS-2023-07", "Tumour-infiltrating lymphocytes in colorectal cancer",
                RESEARCHER, "UMCG, Department of Pathology", "Archived tissue study; its approval ran out."));
        approval(tissue, "METc 2023/041", LocalDate.of(2023, 6, 1), LocalDate.of(2025, 6, 30),
                List.of("TISSUE_FF", "FFPE_BLOCK"), List.of("TISSUE"), List.of(DataItem.DIAGNOSIS, DataItem.SEX));

        MaterialRequest shipped = decided(fatigue, "Baseline serum for a cytokine pilot", "SERUM", 3, valid,
                "Pilot of 3 participants; report usage within a year.");
        allocation.allocateProposed(shipped.getId());
        agreeAll(shipped);
        picking.pickList(shipped.getId()).forEach(line -> picking.pick(shipped.getId(), line.barcode()));
        shipments.ship(shipped.getId(), "Dr. M. Bakker, Laboratory of Medical Immunology",
                "UMCG, Hanzeplein 1, 9713 GZ Groningen");
        List<AllocatedSample> sent = em.createNamedQuery(AllocatedSample.OF_REQUEST, AllocatedSample.class)
                .setParameter("request", shipped).getResultList();
        for (int i = 0; i < sent.size(); i++) {
            boolean used = i < sent.size() - 1;
            sent.get(i).reportUsage(used ? UsageOutcome.CONSUMED : UsageOutcome.HELD,
                    used ? "Multiplex cytokine assay" : "Kept for a repeat measurement", RESEARCHER, Instant.now(clock));
        }

        MaterialRequest allocated = decided(fatigue, "Plasma for circulating tumour DNA", "PLASMA_EDTA", 6, valid,
                "Only participants with a completed baseline questionnaire.");
        List<Candidate> proposal = allocation.propose(allocated.getId());
        allocation.allocateProposed(allocated.getId());
        allocated.coordinatedBy(COORDINATOR);
        allocation.physicians(allocated.getId()).stream().findFirst()
                .ifPresent(first -> allocation.recordAgreement(allocated.getId(), first.physician(), true, null));

        filed(fatigue, "Serum cytokines at 3 and 6 months", "SERUM", 40, true);
        MaterialRequest rejected = filed(tissue, "Fresh-frozen tumour tissue for TIL counts", "TISSUE_FF", 20, true);
        em.persist(rejected.moveTo(RequestStatus.UNDER_REVIEW, OFFICER, Instant.now(clock), null));
        em.persist(rejected.decide(false, null, "The study's ethics approval expired on 2025-06-30: ask the METc for"
                + " an amendment first.", OFFICER, Instant.now(clock)));
        filed(fatigue, "Plasma for metabolomics (draft)", "PLASMA_EDTA", 25, false);

        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Demo mode: created 2 studies and 5 material requests (" + sent.size() + " samples shipped, "
                + proposal.size() + " allocated) in " + millis + " ms");
    }

    private EthicsApproval approval(Study study, String reference, LocalDate from, LocalDate until,
                                    List<String> sampleTypes, List<String> consentItems, List<DataItem> data) {
        EthicsApproval approval = new EthicsApproval(study, null, "METc UMCG", reference, from, from, until, 200, 1000,
                sampleTypes, consentItems, data, OFFICER, Instant.now(clock));
        em.persist(approval);
        study.activate();
        return approval;
    }

    private MaterialRequest filed(Study study, String title, String sampleType, int participants, boolean submit) {
        MaterialRequest request = new MaterialRequest(study, new RequestCriteria(sampleType, new BigDecimal("0.5"),
                participants, 1, Set.of("BASELINE"), Set.of()), title, "Demo: " + study.getTitle(),
                List.of(DataItem.QUESTIONNAIRE_SCORES, DataItem.AGE_AT_COLLECTION), RESEARCHER, Instant.now(clock));
        em.persist(request);
        em.persist(RequestStep.created(request));
        if (submit) {
            em.persist(request.moveTo(RequestStatus.SUBMITTED, RESEARCHER, Instant.now(clock), null));
        }
        return request;
    }

    private MaterialRequest decided(Study study, String title, String sampleType, int participants,
                                    EthicsApproval under, String conditions) {
        MaterialRequest request = filed(study, title, sampleType, participants, true);
        em.persist(request.moveTo(RequestStatus.UNDER_REVIEW, OFFICER, Instant.now(clock), null));
        em.persist(request.decide(true, under, conditions, OFFICER, Instant.now(clock)));
        em.flush();
        return request;
    }

    private void agreeAll(MaterialRequest request) {
        request.coordinatedBy(COORDINATOR);
        for (PhysicianLine line : allocation.physicians(request.getId())) {
            allocation.recordAgreement(request.getId(), line.physician(), true, null);
        }
    }
}
