package nl.databiobank.lims.study.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.databiobank.lims.participant.boundary.ParticipantAges;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireResponse;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireScale;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.study.control.ManifestPdf;
import nl.databiobank.lims.study.control.ManifestSheet;
import nl.databiobank.lims.study.control.QuestionnairePoints;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.DataItem;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.Shipment;

/**
 * The manifest of a shipped request: every shipped sample under its study pseudonym, with only the
 * data that both the request asked for and the shipment's approval allows (DESIGN.md rules 4 and 7),
 * never identity. A researcher gets the manifests of their own requests only ({@link RequestService#byId}).
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class ManifestService {

    /** The standard schedule's questionnaire: its scales are columns even when nobody answered it. */
    static final String STANDARD_QUESTIONNAIRE = "QLQ-C30";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    static final String RESPONSE_AT = "select r from QuestionnaireResponse r where r.timePoint.participant.id"
            + " = :participant and r.timePoint.pointCode in :points";

    @PersistenceContext
    EntityManager em;

    @EJB
    RequestService requests;

    @EJB
    ParticipantAges ages;

    @Inject
    StudyPseudonyms pseudonyms;

    public ManifestFile xlsx(long id) {
        Manifest manifest = manifest(id);
        return new ManifestFile(fileName(manifest, "xlsx"), XLSX, ManifestSheet.write(manifest));
    }

    public ManifestFile pdf(long id) {
        Manifest manifest = manifest(id);
        return new ManifestFile(fileName(manifest, "pdf"), PDF, ManifestPdf.write(manifest));
    }

    /** The manifest of request {@code id}; 404 when the caller may not see it or it has not been shipped. */
    public Manifest manifest(long id) {
        MaterialRequest request = requests.byId(id);
        Shipment shipment = em.createNamedQuery(Shipment.OF_REQUEST, Shipment.class).setParameter("request", request)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("manifest.notShipped", id));
        EthicsApproval approval = shipment.getApproval();
        Set<DataItem> released = approval.releasable(request.getDataItems());
        Facts facts = new Facts(request, released);
        List<ManifestRow> rows = em.createNamedQuery(AllocatedSample.OF_REQUEST, AllocatedSample.class)
                .setParameter("request", request).getResultStream()
                .filter(a -> a.getShipment() != null && a.getShipment().getId().equals(shipment.getId()))
                .map(a -> facts.row(a.getSample()))
                .sorted(Comparator.comparing(ManifestRow::studyPseudonym).thenComparing(ManifestRow::barcode))
                .toList();
        ManifestHeader header = new ManifestHeader(id, request.getTitle(), request.getStudy().getCode(),
                request.getStudy().getTitle(), approval.getCommittee(), approval.getReferenceNumber(),
                approval.getApprovalVersion(), shipment.getRecipient(), shipment.getAddress(), shipment.getShippedOn());
        return new Manifest(header, released, facts.scales(), rows);
    }

    /** manifest-R17-ONCO-2026.xlsx: request and study, in characters every file system takes. */
    static String fileName(Manifest manifest, String extension) {
        String study = manifest.header().studyCode().replaceAll("[^A-Za-z0-9_-]", "");
        return "manifest-R" + manifest.header().requestId() + (study.isEmpty() ? "" : "-" + study) + "." + extension;
    }

    /** Gathers a row's data, each item only when released, each age and response looked up once. */
    private final class Facts {
        private final MaterialRequest request;
        private final Set<DataItem> released;
        private final Map<String, Integer> agesSeen = new HashMap<>();
        private final Set<String> questionnaireCodes = new LinkedHashSet<>(List.of(STANDARD_QUESTIONNAIRE));

        Facts(MaterialRequest request, Set<DataItem> released) {
            this.request = request;
            this.released = released;
        }

        ManifestRow row(Sample sample) {
            Participant participant = sample.getParticipant();
            LocalDate collected = sample.getCollection().getCollectedAt().atZone(ZoneId.systemDefault()).toLocalDate();
            return new ManifestRow(pseudonyms.of(request.getStudy().getId(), participant.getId()),
                    sample.getBarcode(), sample.getType().getCode(), sample.getRemainingQuantity(),
                    sample.getType().getUnit().symbol(),
                    released.contains(DataItem.COLLECTION_DATE) ? collected : null,
                    released.contains(DataItem.AGE_AT_COLLECTION) ? age(participant, collected) : null,
                    released.contains(DataItem.SEX) ? participant.getSex().name() : null,
                    released.contains(DataItem.DIAGNOSIS) ? participant.getDiagnosis().code() : null,
                    released.contains(DataItem.QUESTIONNAIRE_SCORES)
                            ? scores(participant, sample.getCollection().getTimePoint()) : Map.of());
        }

        private Integer age(Participant participant, LocalDate on) {
            // one look (and one access-log entry) per participant and day, however many tubes they gave
            return agesSeen.computeIfAbsent(participant.getId() + "@" + on, key -> ages.ageAt(participant.getId(), on,
                    "shipment manifest of request " + request.getId()));
        }

        private Map<String, BigDecimal> scores(Participant participant, String collectionTimePoint) {
            List<String> points = QuestionnairePoints.forCollection(collectionTimePoint);
            if (points.isEmpty()) {
                return Map.of();
            }
            List<QuestionnaireResponse> answered = em.createQuery(RESPONSE_AT, QuestionnaireResponse.class)
                    .setParameter("participant", participant.getId()).setParameter("points", points).getResultList();
            Optional<QuestionnaireResponse> response = points.stream().flatMap(point -> answered.stream()
                    .filter(r -> r.getTimePoint().getPointCode().equals(point))).findFirst();
            response.ifPresent(r -> questionnaireCodes.add(r.getQuestionnaire().getCode()));
            return response.map(QuestionnaireResponse::getScores).orElse(Map.of());
        }

        /** Every scale of the questionnaires involved, the newest version's order first, then the summaries. */
        List<String> scales() {
            if (!released.contains(DataItem.QUESTIONNAIRE_SCORES)) {
                return List.of();
            }
            Set<String> scales = new LinkedHashSet<>();
            List<String> summaries = new ArrayList<>();
            for (String code : questionnaireCodes) {
                List<Questionnaire> versions = em.createNamedQuery(Questionnaire.BY_CODE, Questionnaire.class)
                        .setParameter("code", code).getResultList();
                versions.forEach(v -> v.getScales().stream().map(QuestionnaireScale::getCode).forEach(scales::add));
                versions.stream().map(Questionnaire::getSummaryCode).filter(java.util.Objects::nonNull)
                        .forEach(summaries::add);
            }
            scales.addAll(summaries);
            return new ArrayList<>(scales);
        }
    }
}
