package nl.databiobank.lims.sample.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.consent.boundary.ConsentCoverage;
import nl.databiobank.lims.platform.boundary.BarcodeKind;
import nl.databiobank.lims.platform.boundary.Barcodes;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.platform.control.JpqlFilter;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.Movement;
import nl.databiobank.lims.sample.entity.PreAnalytics;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleEvent;
import nl.databiobank.lims.sample.entity.SampleStatus;
import nl.databiobank.lims.sample.entity.SampleType;

/**
 * Samples for the people who handle them: looked up by a scan, searched, split into aliquots or
 * derivatives (quantity conserved), and their custody events. Pseudonyms only, never identity.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class SampleService {

    public static final int MAX_CHILDREN = 200;
    public static final int MAX_PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChainOfCustody custody;

    @Inject
    AuditTrail audit;

    @EJB
    SampleTypeService types;

    @EJB
    ConsentCoverage coverage;

    @Inject
    SprecRecorder sprec;

    /** The sample a scan names: 400 for a bad scan (wrong check character), 404 when unknown. */
    public SampleSummary summary(String scanned) {
        String barcode = barcode(scanned);
        return em.createQuery(SampleSummary.SELECT + " where s.barcode = :barcode", SampleSummary.class)
                .setParameter("barcode", barcode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("sample.unknown", barcode));
    }

    public Sample sample(String scanned) {
        String barcode = barcode(scanned);
        return em.createNamedQuery(Sample.BY_BARCODE, Sample.class)
                .setParameter("barcode", barcode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("sample.unknown", barcode));
    }

    /**
     * The sample, locked until the end of the transaction: two technicians splitting the same tube
     * at once take their turns, and the second sees what the first left.
     */
    Sample sampleForUpdate(String scanned) {
        Sample sample = sample(scanned);
        em.refresh(sample, LockModeType.PESSIMISTIC_WRITE);
        return sample;
    }

    public SamplePage search(SampleFilter filter) {
        FieldErrors errors = new FieldErrors();
        errors.require(filter.limit() >= 0 && filter.limit() <= MAX_PAGE, "limit", "page.limit", MAX_PAGE);
        errors.require(filter.offset() >= 0, "offset", "page.offset");
        errors.require(filter.status() == null || Arrays.stream(SampleStatus.values())
                .anyMatch(s -> s.name().equals(filter.status().trim().toUpperCase(Locale.ROOT))), "status",
                "sample.status.unknown", String.valueOf(filter.status()));
        errors.throwIfAny();
        JpqlFilter where = new JpqlFilter()
                .and("t.code = :type", "type", upper(filter.type()))
                .and("s.status = :status", "status",
                        filter.status() == null ? null : SampleStatus.valueOf(upper(filter.status())))
                .and("p.pseudonym = :participant", "participant", upper(filter.participant()));
        if (filter.stored() != null) {
            where.and(filter.stored() ? "l.id is not null" : "l.id is null");
        }
        TypedQuery<SampleSummary> items = where.query(em, SampleSummary.SELECT + where.where() + " order by s.id",
                SampleSummary.class);
        TypedQuery<Long> count = where.query(em, "select count(s) from Sample s join s.type t join s.participant p"
                + " left join SampleLocation l on l.sample = s" + where.where(), Long.class);
        List<SampleSummary> page = filter.limit() == 0 ? List.of()
                : items.setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList();
        return new SamplePage(page, count.getSingleResult());
    }

    public List<SampleEvent> events(String scanned) {
        return em.createNamedQuery(SampleEvent.OF_SAMPLE, SampleEvent.class)
                .setParameter("sample", sample(scanned))
                .getResultList();
    }

    /** The sample's children, for the lineage tree. */
    public List<Sample> children(Sample sample) {
        return em.createNamedQuery(Sample.CHILDREN, Sample.class).setParameter("parent", sample).getResultList();
    }

    /** Splits a sample into {@code count} aliquots of {@code quantity} each, taken from what remains. */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
    public List<Sample> aliquot(String scanned, int count, BigDecimal quantity) {
        Sample parent = sampleForUpdate(scanned);
        return split(parent, parent.getType(), count, quantity,
                quantity == null ? null : quantity.multiply(BigDecimal.valueOf(count)), parent.getContainer(),
                CustodyEvent.ALIQUOTED);
    }

    /** Derives {@code count} samples of another type (DNA from a buffy coat, slides from a block). */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
    public List<Sample> derive(String scanned, NewDerivative request) {
        Sample parent = sampleForUpdate(scanned);
        SampleType type = types.find(request.type()).filter(SampleType::isActive)
                .orElseThrow(() -> new InvalidInputException("type", "sampleType.unknown", String.valueOf(request.type())));
        LocalDate today = custody.now().atZone(ZoneId.systemDefault()).toLocalDate();
        if (!coverage.covers(parent.getParticipant().getPseudonym(), List.of(type.getConsentItem()), today)) {
            throw new InvalidInputException("type", "collection.consent.missing", parent.getParticipant().getPseudonym(),
                    type.getConsentItem(), today.toString(), type.getCode());
        }
        new FieldErrors().requireAtMost(request.container(), 100, "container").throwIfAny();
        String container = request.container() == null || request.container().isBlank()
                ? type.getDefaultContainer() : request.container().trim();
        return split(parent, type, request.count(), request.quantity(),
                request.taken() == null ? BigDecimal.ZERO : request.taken(), container, CustodyEvent.DERIVED);
    }

    private List<Sample> split(Sample parent, SampleType type, int count, BigDecimal quantity, BigDecimal taken,
                               String container, CustodyEvent kind) {
        FieldErrors errors = new FieldErrors();
        errors.require(count >= 1 && count <= MAX_CHILDREN, "count", "sample.children.count", MAX_CHILDREN);
        errors.require(Sample.isValidQuantity(quantity), "quantity", "sample.quantity.positive");
        errors.require(taken == null || taken.signum() <= 0 || Sample.isValidQuantity(taken), "taken",
                "sample.quantity.positive");
        errors.require(taken == null || taken.signum() >= 0, "taken", "sample.quantity.notNegative");
        errors.throwIfAny();
        if (taken.compareTo(parent.getRemainingQuantity()) > 0) {
            // all or nothing, and the message names what there was, not what the last child found
            throw new InvalidInputException("quantity", "sample.quantity.insufficient", parent.getBarcode(),
                    Sample.plain(parent.getRemainingQuantity()).toPlainString(), parent.getType().getUnit().symbol());
        }
        List<String> barcodes = Barcodes.next(em, BarcodeKind.SAMPLE, count);
        List<Sample> children = new ArrayList<>();
        BigDecimal share = taken.divide(BigDecimal.valueOf(count), 3, java.math.RoundingMode.DOWN);
        for (int i = 0; i < count; i++) {
            BigDecimal takenNow = i == count - 1 ? taken.subtract(share.multiply(BigDecimal.valueOf(count - 1))) : share;
            // the parent's event first: it refuses a blocked or unavailable parent before anything is made
            custody.record(parent, kind, Movement.NONE, takenNow, barcodes.get(i), null);
            Sample child = parent.child(barcodes.get(i), type, container, quantity, takenNow, custody.now());
            em.persist(child);
            children.add(child);
            custody.record(child, kind == CustodyEvent.ALIQUOTED ? CustodyEvent.ALIQUOTED : CustodyEvent.DERIVED,
                    Movement.NONE, quantity, parent.getBarcode(), null);
        }
        if (kind == CustodyEvent.ALIQUOTED && parent.isUsedUp()) {
            custody.record(parent, CustodyEvent.CONSUMED, "aliquoted completely");
        }
        return children;
    }

    /** A custody event recorded as such: received, thawed, checked out, destroyed with a reason, ... */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
    public SampleEvent record(String scanned, String kind, String detail) {
        Sample sample = sampleForUpdate(scanned);
        CustodyEvent event = Arrays.stream(CustodyEvent.values())
                .filter(e -> kind != null && e.name().equals(kind.trim().toUpperCase(Locale.ROOT)))
                .filter(CustodyEvent.RECORDED_DIRECTLY::contains)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "sample.event.unknown", String.valueOf(kind)));
        if (event.needsDetail() && (detail == null || detail.isBlank())) {
            throw new InvalidInputException("detail", "sample.event.detailRequired", event.name());
        }
        new FieldErrors().requireAtMost(detail, SampleEvent.MAX_DETAIL, "detail").throwIfAny();
        String words = detail == null || detail.isBlank() ? null : detail.trim();
        if (words != null) {
            audit.because(event.name().toLowerCase(Locale.ROOT) + ": " + words);
        }
        return custody.record(sample, event, words);
    }

    /**
     * The sample's pre-analytical facts and the SPREC elements entered by hand; the code is derived
     * from both. A correction of earlier facts keeps them in the audit trail, with the reason.
     */
    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
    public Sample recordPreAnalytics(String scanned, PreAnalytics facts, Map<Integer, String> entered, String reason) {
        Sample sample = sample(scanned);
        FieldErrors errors = new FieldErrors();
        for (String[] field : new String[][] {{"preCentrifugationTemperature", facts.preCentrifugationTemperature()},
                {"postCentrifugationTemperature", facts.postCentrifugationTemperature()}}) {
            errors.require(field[1] == null || List.of("ROOM", "REFRIGERATED", "BODY").contains(field[1]), field[0],
                    "sprec.temperature.unknown", field[1]);
        }
        for (Object[] field : new Object[][] {{"tissueCollectionType", facts.tissueCollectionType()},
                {"fixationType", facts.fixationType()}}) {
            errors.require(field[1] == null || ((String) field[1]).matches("[A-Z0-9]{3}"), (String) field[0],
                    "sampleType.sprec.format");
        }
        for (Object[] field : new Object[][] {{"warmIschaemiaMinutes", facts.warmIschaemiaMinutes()},
                {"coldIschaemiaMinutes", facts.coldIschaemiaMinutes()}, {"fixationMinutes", facts.fixationMinutes()}}) {
            errors.require(field[1] == null || (Integer) field[1] >= 0, (String) field[0], "sample.minutes.notNegative");
        }
        errors.throwIfAny();
        String code = sprec.code(sample, facts, entered, custody.freezerClassOf(sample));
        Map<Integer, String> enteredBefore = SprecRecorder.entered(sample.getSprecEntered());
        boolean correction = facts.corrects(sample.preAnalytics()) || enteredBefore.entrySet().stream()
                .anyMatch(e -> !e.getValue().equalsIgnoreCase(String.valueOf(entered.get(e.getKey())).trim()));
        if (correction && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "sample.preAnalytics.reasonRequired");
        }
        audit.because(correction ? reason.trim() : "pre-analytical data recorded");
        sample.recordPreAnalytics(facts, SprecRecorder.stored(entered), code);
        return sample;
    }

    /** A barcode as scanned: a sample's, with a correct check character. */
    public static String barcode(String scanned) {
        return Barcodes.parse(scanned, "barcode", BarcodeKind.SAMPLE, BarcodeKind.KIT_TUBE).value();
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
    }
}
