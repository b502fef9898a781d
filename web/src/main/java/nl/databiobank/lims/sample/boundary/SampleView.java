package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.sample.entity.Material;
import nl.databiobank.lims.sample.entity.PreAnalytics;
import nl.databiobank.lims.sample.entity.QuantityUnit;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleEvent;
import nl.databiobank.lims.sample.entity.SampleType;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * One sample: what and whose (pseudonym only) it is, how much is left and where it is; its family
 * tree and custody timeline; and what a technician does with it: split, derive, record an event,
 * record its pre-analytical data with the SPREC code element by element.
 */
@Named
@ViewScoped
public class SampleView implements Serializable {

    /** The events a technician records on this page, in the order of a sample's life. */
    public static final List<String> EVENT_KINDS = List.of("RECEIVED", "PROCESSED", "CHECKED_OUT", "RETURNED",
            "THAWED", "CONSUMED", "DESTROYED", "MISSING", "FOUND", "QC_RESULT");
    public static final List<String> TEMPERATURES = List.of("ROOM", "REFRIGERATED", "BODY");
    private static final Set<String> UNKNOWN_CODES = Set.of("X", "XXX");
    private static final List<String> PRE_FIELDS = List.of("receivedAt", "centrifugedAt", "centrifugationEndedAt",
            "preCentrifugationTemperature", "postCentrifugationTemperature", "frozenAt", "tissueCollectionType",
            "warmIschaemiaMinutes", "coldIschaemiaMinutes", "fixationType", "fixationMinutes", "reason");

    @EJB
    SampleService samples;

    @EJB
    SampleLineage lineage;

    @EJB
    SampleTypeService sampleTypes;

    private String barcode;
    private String notFound;

    private transient SampleSummary summary;
    private transient Details details;
    private transient List<SampleEvent> events;
    private transient TreeNode<SampleLineage.Member> tree;
    private transient SampleLineage.Family family;
    private transient List<CollectView.TypeOption> derivableTypes;

    // split
    private Integer aliquotCount;
    private String aliquotQuantity;
    // derive
    private String deriveType;
    private Integer deriveCount;
    private String deriveQuantity;
    private String deriveTaken;
    // event
    private String eventKind;
    private String eventDetail;
    // pre-analytical data, as on the form
    private final Pre pre = new Pre();
    private transient PreAnalytics recorded;
    private final Map<String, String> elements = new HashMap<>();
    private String reason;

    /** What the page shows of the entity, read once per load. */
    public record Details(String typeName, String container, Material material, Integer centrifugations,
                          boolean sprecCoded, Instant collectedAt, BigDecimal initialQuantity, String sprecCode,
                          String sprecEntered, String timePoint, String hospital) implements Serializable {
    }

    /** One element of the SPREC code: derived (read only), entered by hand, or unknown (X). */
    public record Element(int number, String code, String source) implements Serializable {

        public boolean isEditable() {
            return !"DERIVED".equals(source);
        }

        public String key() {
            return String.valueOf(number);
        }
    }

    /** The pre-analytical facts as typed. */
    public static class Pre implements Serializable {
        private LocalDateTime receivedAt;
        private LocalDateTime centrifugedAt;
        private LocalDateTime centrifugationEndedAt;
        private String preCentrifugationTemperature;
        private String postCentrifugationTemperature;
        private LocalDateTime frozenAt;
        private String tissueCollectionType;
        private Integer warmIschaemiaMinutes;
        private Integer coldIschaemiaMinutes;
        private String fixationType;
        private Integer fixationMinutes;

        void fill(PreAnalytics facts) {
            receivedAt = LabPageView.local(facts.receivedAt());
            centrifugedAt = LabPageView.local(facts.centrifugedAt());
            centrifugationEndedAt = LabPageView.local(facts.centrifugationEndedAt());
            preCentrifugationTemperature = facts.preCentrifugationTemperature();
            postCentrifugationTemperature = facts.postCentrifugationTemperature();
            frozenAt = LabPageView.local(facts.frozenAt());
            tissueCollectionType = facts.tissueCollectionType();
            warmIschaemiaMinutes = facts.warmIschaemiaMinutes();
            coldIschaemiaMinutes = facts.coldIschaemiaMinutes();
            fixationType = facts.fixationType();
            fixationMinutes = facts.fixationMinutes();
        }

        PreAnalytics facts() {
            return new PreAnalytics(LabPageView.instant(receivedAt), LabPageView.instant(centrifugedAt),
                    LabPageView.instant(centrifugationEndedAt), blankToNull(preCentrifugationTemperature),
                    blankToNull(postCentrifugationTemperature), LabPageView.instant(frozenAt),
                    upper(tissueCollectionType), warmIschaemiaMinutes, coldIschaemiaMinutes, upper(fixationType),
                    fixationMinutes);
        }

        public LocalDateTime getReceivedAt() {
            return receivedAt;
        }

        public void setReceivedAt(LocalDateTime receivedAt) {
            this.receivedAt = receivedAt;
        }

        public LocalDateTime getCentrifugedAt() {
            return centrifugedAt;
        }

        public void setCentrifugedAt(LocalDateTime centrifugedAt) {
            this.centrifugedAt = centrifugedAt;
        }

        public LocalDateTime getCentrifugationEndedAt() {
            return centrifugationEndedAt;
        }

        public void setCentrifugationEndedAt(LocalDateTime centrifugationEndedAt) {
            this.centrifugationEndedAt = centrifugationEndedAt;
        }

        public String getPreCentrifugationTemperature() {
            return preCentrifugationTemperature;
        }

        public void setPreCentrifugationTemperature(String preCentrifugationTemperature) {
            this.preCentrifugationTemperature = preCentrifugationTemperature;
        }

        public String getPostCentrifugationTemperature() {
            return postCentrifugationTemperature;
        }

        public void setPostCentrifugationTemperature(String postCentrifugationTemperature) {
            this.postCentrifugationTemperature = postCentrifugationTemperature;
        }

        public LocalDateTime getFrozenAt() {
            return frozenAt;
        }

        public void setFrozenAt(LocalDateTime frozenAt) {
            this.frozenAt = frozenAt;
        }

        public String getTissueCollectionType() {
            return tissueCollectionType;
        }

        public void setTissueCollectionType(String tissueCollectionType) {
            this.tissueCollectionType = tissueCollectionType;
        }

        public Integer getWarmIschaemiaMinutes() {
            return warmIschaemiaMinutes;
        }

        public void setWarmIschaemiaMinutes(Integer warmIschaemiaMinutes) {
            this.warmIschaemiaMinutes = warmIschaemiaMinutes;
        }

        public Integer getColdIschaemiaMinutes() {
            return coldIschaemiaMinutes;
        }

        public void setColdIschaemiaMinutes(Integer coldIschaemiaMinutes) {
            this.coldIschaemiaMinutes = coldIschaemiaMinutes;
        }

        public String getFixationType() {
            return fixationType;
        }

        public void setFixationType(String fixationType) {
            this.fixationType = fixationType;
        }

        public Integer getFixationMinutes() {
            return fixationMinutes;
        }

        public void setFixationMinutes(Integer fixationMinutes) {
            this.fixationMinutes = fixationMinutes;
        }
    }

    /** The view action: the sample the URL names, and the forms filled with what is recorded. */
    public void load() {
        if (barcode == null || barcode.isBlank()) {
            notFound = LabPageView.text("sample.none");
            return;
        }
        try {
            barcode = SampleService.barcode(barcode);
            read();
            fillPreAnalytics();
        } catch (LimsException e) {
            notFound = e.fieldErrors().isEmpty() ? e.message(LabPageView.locale())
                    : e.fieldErrors().get(0).message(LabPageView.locale());
        }
    }

    private void read() {
        summary = samples.summary(barcode);
        Sample sample = samples.sample(barcode);
        SampleType type = sample.getType();
        String timePoint = null;
        String hospital = null;
        try {
            timePoint = sample.getCollection().getTimePoint();
            hospital = sample.getCollection().getHospital().getName();
        } catch (RuntimeException lazyLoadingRefused) {
            // the collection is context, not essential: without it the page still serves
        }
        details = new Details(type.name(LabPageView.locale()), sample.getContainer(), type.getMaterial(),
                type.sprec().centrifugations(), type.getSprecType() != null, sample.getCollectedAt(),
                sample.getInitialQuantity(), sample.getSprecCode(), sample.getSprecEntered(), timePoint, hospital);
        recorded = sample.preAnalytics();
        events = null;
        tree = null;
        family = null;
    }

    private void fillPreAnalytics() {
        pre.fill(recorded);
        elements.clear();
        SprecRecorder.entered(details.sprecEntered()).forEach((n, code) -> elements.put(String.valueOf(n), code));
        reason = null;
    }

    private boolean ensureLoaded() {
        if (notFound != null || barcode == null) {
            return false;
        }
        if (summary == null || details == null) {
            read();
        }
        return true;
    }

    public boolean isFound() {
        return ensureLoaded();
    }

    public SampleSummary getSummary() {
        return ensureLoaded() ? summary : null;
    }

    public Details getDetails() {
        return ensureLoaded() ? details : null;
    }

    public boolean isTissue() {
        return ensureLoaded() && details.material() == Material.SOLID_TISSUE;
    }

    /** Fluids spun by their SOP (or of unknown SOP) have centrifugation times. */
    public boolean isCentrifuged() {
        return ensureLoaded() && !isTissue() && !Integer.valueOf(0).equals(details.centrifugations());
    }

    public List<SampleEvent> getEvents() {
        if (events == null && ensureLoaded()) {
            events = samples.events(barcode);
        }
        return events;
    }

    // ---- lineage ----

    public SampleLineage.Family getFamily() {
        if (family == null && ensureLoaded()) {
            family = lineage.of(barcode);
        }
        return family;
    }

    /** The tree from the primary sample down: the chain of parents, this sample, all it was split into. */
    public TreeNode<SampleLineage.Member> getTree() {
        if (tree == null && getFamily() != null) {
            tree = new DefaultTreeNode<>("root", null, null);
            Map<String, TreeNode<SampleLineage.Member>> nodes = new LinkedHashMap<>();
            for (SampleLineage.Member member : family.members()) {
                TreeNode<SampleLineage.Member> parent = member.parent() == null ? null : nodes.get(member.parent());
                TreeNode<SampleLineage.Member> node = new DefaultTreeNode<>("sample", member,
                        parent == null ? tree : parent);
                node.setExpanded(true);
                nodes.put(member.barcode(), node);
            }
        }
        return tree;
    }

    public boolean isSelf(SampleLineage.Member member) {
        return member != null && member.barcode().equals(barcode);
    }

    // ---- SPREC ----

    /** The code's seven elements and where each came from; empty when SPREC does not code this type. */
    public List<Element> getSprecElements() {
        if (!ensureLoaded() || details.sprecCode() == null) {
            return List.of();
        }
        String[] codes = details.sprecCode().split("-");
        Map<Integer, String> entered = SprecRecorder.entered(details.sprecEntered());
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            int number = i + 1;
            String code = codes[i];
            String source = UNKNOWN_CODES.contains(code) ? "UNKNOWN"
                    : code.equals(entered.get(number)) ? "ENTERED" : "DERIVED";
            list.add(new Element(number, code, source));
        }
        return list;
    }

    public String elementName(Element element) {
        return LabPageView.text("sprec." + (isTissue() ? "tissue." : "fluid.") + element.number());
    }

    // ---- actions ----

    public void aliquot() {
        BigDecimal quantity;
        try {
            quantity = LabPageView.number(aliquotQuantity);
        } catch (NumberFormatException e) {
            LabPageView.error("aliquot:quantity", "samples.number", aliquotQuantity);
            return;
        }
        try {
            List<Sample> made = samples.aliquot(barcode, aliquotCount == null ? 0 : aliquotCount, quantity);
            LabPageView.info(null, "sample.aliquoted", made.size(), barcodes(made));
            aliquotCount = null;
            aliquotQuantity = null;
            reload();
        } catch (LimsException e) {
            LabPageView.refused(e, field -> fieldOf("aliquot", field, "count", "quantity"), "aliquot:count");
        }
    }

    public void derive() {
        BigDecimal quantity;
        BigDecimal taken;
        try {
            quantity = LabPageView.number(deriveQuantity);
        } catch (NumberFormatException e) {
            LabPageView.error("derive:quantity", "samples.number", deriveQuantity);
            return;
        }
        try {
            taken = LabPageView.number(deriveTaken);
        } catch (NumberFormatException e) {
            LabPageView.error("derive:taken", "samples.number", deriveTaken);
            return;
        }
        try {
            List<Sample> made = samples.derive(barcode, new NewDerivative(deriveType,
                    deriveCount == null ? 0 : deriveCount, quantity, taken, null));
            LabPageView.info(null, "sample.derived", made.size(), barcodes(made));
            deriveType = null;
            deriveCount = null;
            deriveQuantity = null;
            deriveTaken = null;
            reload();
        } catch (LimsException e) {
            LabPageView.refused(e, field -> fieldOf("derive", field, "type", "count", "quantity", "taken"),
                    "derive:type");
        }
    }

    public void recordEvent() {
        try {
            SampleEvent event = samples.record(barcode, eventKind, eventDetail);
            LabPageView.info(null, "sample.eventRecorded", LabPageView.text("event." + event.getKind().name()),
                    LabPageView.text("status." + event.getStatusAfter().name()));
            eventKind = null;
            eventDetail = null;
            reload();
        } catch (LimsException e) {
            LabPageView.refused(e, field -> fieldOf("event", field, "kind", "detail"), "event:kind");
        }
    }

    /** Records the pre-analytical data; changing what was recorded before is a correction and needs a reason. */
    public void recordPreAnalytics() {
        ensureLoaded();
        PreAnalytics facts = pre.facts();
        Map<Integer, String> entered = new HashMap<>();
        elements.forEach((number, code) -> {
            if (code != null && !code.isBlank()) {
                entered.put(Integer.valueOf(number), code.trim().toUpperCase());
            }
        });
        try {
            samples.recordPreAnalytics(barcode, facts, entered, reason);
            LabPageView.info(null, "pre.recorded", barcode);
            reload();
            fillPreAnalytics();
        } catch (LimsException e) {
            LabPageView.refused(e, SampleView::preField, "pre:reason");
        }
    }

    static String preField(String field) {
        if (field.matches("sprec\\.[1-7]")) {
            return "pre:elements:" + (Integer.parseInt(field.substring(6)) - 1) + ":element";
        }
        return PRE_FIELDS.contains(field) ? "pre:" + field : null;
    }

    private static String fieldOf(String form, String field, String... known) {
        return Stream.of(known).anyMatch(field::equals) ? form + ":" + field : null;
    }

    private void reload() {
        summary = null;
        details = null;
        read();
    }

    private static String barcodes(List<Sample> made) {
        return String.join(", ", made.stream().map(Sample::getBarcode).toList());
    }

    // ---- options ----

    public List<String> getEventKinds() {
        return EVENT_KINDS;
    }

    public List<String> getTemperatures() {
        return TEMPERATURES;
    }

    public List<CollectView.TypeOption> getDerivableTypes() {
        if (derivableTypes == null) {
            derivableTypes = sampleTypes.all().stream().filter(SampleType::isActive)
                    .map(t -> new CollectView.TypeOption(t.getCode(), t.getNameEn(), t.getNameNl(), t.getUnit(),
                            t.getDefaultContainer()))
                    .toList();
        }
        return derivableTypes;
    }

    public QuantityUnit getUnit() {
        return ensureLoaded() ? summary.unit() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase();
    }

    // ---- properties ----

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public String getNotFound() {
        return notFound;
    }

    public Integer getAliquotCount() {
        return aliquotCount;
    }

    public void setAliquotCount(Integer aliquotCount) {
        this.aliquotCount = aliquotCount;
    }

    public String getAliquotQuantity() {
        return aliquotQuantity;
    }

    public void setAliquotQuantity(String aliquotQuantity) {
        this.aliquotQuantity = aliquotQuantity;
    }

    public String getDeriveType() {
        return deriveType;
    }

    public void setDeriveType(String deriveType) {
        this.deriveType = deriveType;
    }

    public Integer getDeriveCount() {
        return deriveCount;
    }

    public void setDeriveCount(Integer deriveCount) {
        this.deriveCount = deriveCount;
    }

    public String getDeriveQuantity() {
        return deriveQuantity;
    }

    public void setDeriveQuantity(String deriveQuantity) {
        this.deriveQuantity = deriveQuantity;
    }

    public String getDeriveTaken() {
        return deriveTaken;
    }

    public void setDeriveTaken(String deriveTaken) {
        this.deriveTaken = deriveTaken;
    }

    public String getEventKind() {
        return eventKind;
    }

    public void setEventKind(String eventKind) {
        this.eventKind = eventKind;
    }

    public String getEventDetail() {
        return eventDetail;
    }

    public void setEventDetail(String eventDetail) {
        this.eventDetail = eventDetail;
    }

    public Pre getPre() {
        return pre;
    }

    public Map<String, String> getElements() {
        return elements;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
