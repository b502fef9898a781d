package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.databiobank.lims.participant.boundary.ParticipantService;
import nl.databiobank.lims.participant.entity.Hospital;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.sample.entity.QuantityUnit;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleType;

/**
 * Registering a collection at the bench or the ward: who (the pseudonym, scanned from the
 * participant's label), when, where, at which time point, and one row per tube taken. A refusal
 * (no consent for that material, a withdrawn participant, a mistyped kit barcode) is shown beside
 * the row or field it is about, and nothing is saved.
 */
@Named
@ViewScoped
public class CollectView implements Serializable {

    /** The protocol's usual time points; the service accepts any M + months. */
    public static final List<String> TIME_POINTS = List.of("BASELINE", "M3", "M6", "M12", "M18", "M24", "M36", "M48",
            "M60", "M72", "M84", "M96", "M108", "M120", "UNSCHEDULED");

    private static final Pattern ROW_FIELD = Pattern.compile("samples\\[(\\d+)]\\.(type|quantity|container|barcode)");
    private static final String FORM = "collect";

    @EJB
    CollectionService collections;

    @EJB
    SampleTypeService sampleTypes;

    @EJB
    ParticipantService participants;

    private String pseudonym;
    private LocalDateTime collectedAt = LocalDateTime.now(LabPageView.zone()).truncatedTo(ChronoUnit.MINUTES);
    private String hospital;
    private String timePoint = "BASELINE";
    private String procedure;
    private boolean received = true;
    private final List<Row> rows = new ArrayList<>(List.of(new Row()));
    private List<TypeOption> types;
    private List<HospitalOption> hospitals;
    private Result registered;

    /** A sample type as the rows offer it. */
    public record TypeOption(String code, String nameEn, String nameNl, QuantityUnit unit, String defaultContainer)
            implements Serializable {

        public String label(Locale locale) {
            return ("nl".equals(locale.getLanguage()) ? nameNl : nameEn) + " (" + code + ")";
        }
    }

    public record HospitalOption(String code, String name) implements Serializable {
    }

    /** One tube taken. */
    public static class Row implements Serializable {

        private String type;
        private String quantity;
        private String container;
        private String barcode;

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        /** As typed: {@code 2.5} or {@code 2,5}. */
        public String getQuantity() {
            return quantity;
        }

        public void setQuantity(String quantity) {
            this.quantity = quantity;
        }

        public String getContainer() {
            return container;
        }

        public void setContainer(String container) {
            this.container = container;
        }

        public String getBarcode() {
            return barcode;
        }

        public void setBarcode(String barcode) {
            this.barcode = barcode;
        }

        boolean isBlank() {
            return type == null && (quantity == null || quantity.isBlank()) && (container == null || container.isBlank())
                    && (barcode == null || barcode.isBlank());
        }
    }

    /** A registered collection, as the page shows it after saving. */
    public record Result(long collectionId, String participant, String timePoint, List<Tube> tubes)
            implements Serializable {

        public List<String> barcodes() {
            return tubes.stream().map(Tube::barcode).toList();
        }
    }

    public record Tube(String barcode, String type, BigDecimal quantity, QuantityUnit unit, String container)
            implements Serializable {
    }

    public List<TypeOption> getTypes() {
        if (types == null) {
            types = sampleTypes.all().stream().filter(SampleType::isActive)
                    .map(t -> new TypeOption(t.getCode(), t.getNameEn(), t.getNameNl(), t.getUnit(),
                            t.getDefaultContainer()))
                    .toList();
        }
        return types;
    }

    public List<HospitalOption> getHospitals() {
        if (hospitals == null) {
            hospitals = participants.hospitals().stream().filter(Hospital::isActive)
                    .map(h -> new HospitalOption(h.getCode(), h.getName())).toList();
        }
        return hospitals;
    }

    public List<String> getTimePoints() {
        return TIME_POINTS;
    }

    public TypeOption type(String code) {
        return code == null ? null : getTypes().stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }

    /** The unit of the row's type, shown beside its quantity. */
    public String unit(Row row) {
        TypeOption type = type(row.getType());
        return type == null ? "" : type.unit().symbol();
    }

    /** A type chosen: the container becomes the type's default, unless one was typed in. */
    public void typeChanged(Row row) {
        TypeOption type = type(row.getType());
        boolean typedIn = row.getContainer() != null && !row.getContainer().isBlank()
                && getTypes().stream().noneMatch(t -> t.defaultContainer().equals(row.getContainer()));
        if (type != null && !typedIn) {
            row.setContainer(type.defaultContainer());
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(Row row) {
        if (rows.size() > 1) {
            rows.remove(row);
        }
    }

    public void register() {
        // rows left blank are not sent, so that a refusal's row number is the row's on the page
        rows.removeIf(Row::isBlank);
        if (rows.isEmpty()) {
            rows.add(new Row());
        }
        List<NewPrimarySample> samples = new ArrayList<>();
        boolean numbers = true;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            BigDecimal quantity = null;
            try {
                quantity = LabPageView.number(row.getQuantity());
            } catch (NumberFormatException e) {
                LabPageView.error(FORM + ":samples:" + i + ":quantity", "samples.number", row.getQuantity());
                numbers = false;
            }
            samples.add(new NewPrimarySample(row.getType(), quantity, blankToNull(row.getContainer()),
                    blankToNull(row.getBarcode())));
        }
        if (!numbers) {
            return;
        }
        try {
            CollectionService.Registered done = collections.register(pseudonym, new NewCollection(
                    LabPageView.instant(collectedAt), hospital, timePoint, procedure, received, samples));
            registered = new Result(done.collection().getId(), done.collection().getParticipant().getPseudonym(),
                    done.collection().getTimePoint(), done.samples().stream().map(CollectView::tube).toList());
            LabPageView.info(null, "collect.registered", registered.tubes().size(), registered.participant());
            // ready for the next participant's tubes; where and when usually stay the same
            pseudonym = null;
            procedure = null;
            rows.clear();
            rows.add(new Row());
        } catch (LimsException e) {
            // an unknown or withdrawn participant is about the pseudonym; anything else without a field goes on top
            LabPageView.refused(e, CollectView::clientId, e.key().contains("participant") ? FORM + ":pseudonym" : null);
        }
    }

    private static Tube tube(Sample sample) {
        return new Tube(sample.getBarcode(), sample.getType().getCode(), sample.getInitialQuantity(),
                sample.getType().getUnit(), sample.getContainer());
    }

    /** {@code samples[1].type} to the row's input, {@code hospital} to the hospital's. */
    static String clientId(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            return FORM + ":samples:" + row.group(1) + ":" + row.group(2);
        }
        return switch (field) {
            case "collectedAt", "hospital", "timePoint", "procedure" -> FORM + ":" + field;
            case "samples" -> FORM + ":samplesMessage";
            default -> null;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public LocalDateTime getCollectedAt() {
        return collectedAt;
    }

    public void setCollectedAt(LocalDateTime collectedAt) {
        this.collectedAt = collectedAt;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }

    public String getTimePoint() {
        return timePoint;
    }

    public void setTimePoint(String timePoint) {
        this.timePoint = timePoint;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public boolean isReceived() {
        return received;
    }

    public void setReceived(boolean received) {
        this.received = received;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Result getRegistered() {
        return registered;
    }
}
