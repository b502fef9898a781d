package nl.databiobank.lims.sample.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.consent.boundary.ConsentCoverage;
import nl.databiobank.lims.participant.entity.Hospital;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.BarcodeKind;
import nl.databiobank.lims.platform.boundary.Barcodes;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.sample.entity.Collection;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleType;

/**
 * Registering a collection with its primary samples: no consent, no collection (rule 3). Each tube
 * gets a new barcode or keeps its kit label; all of it is saved or nothing.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ADMIN})
public class CollectionService {

    /** Clocks of scanners and wards drift; a collection a few minutes "ahead" is not in the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @EJB
    ConsentCoverage coverage;

    @EJB
    SampleTypeService types;

    @Inject
    ChainOfCustody custody;

    @Inject
    SprecRecorder sprec;

    public Registered register(String pseudonym, NewCollection request) {
        Participant participant = participant(pseudonym);
        FieldErrors errors = new FieldErrors();
        errors.require(request.collectedAt() != null, "collectedAt", "field.required");
        errors.require(request.collectedAt() == null || !request.collectedAt().isAfter(custody.now().plus(CLOCK_SKEW)),
                "collectedAt", "collection.collectedAt.future");
        Hospital hospital = hospital(request.hospital(), errors);
        String timePoint = request.timePoint() == null ? "" : request.timePoint().trim().toUpperCase();
        errors.require(Collection.TIME_POINT.matcher(timePoint).matches(), "timePoint", "collection.timePoint.format");
        errors.require(request.procedure() != null && !request.procedure().isBlank(), "procedure", "field.required");
        errors.requireAtMost(request.procedure(), 200, "procedure");
        errors.require(request.samples() != null && !request.samples().isEmpty(), "samples", "collection.samples.required");
        errors.throwIfAny();
        if (participant.isWithdrawn()) {
            throw new ConflictException("collection.participant.withdrawn", participant.getPseudonym());
        }
        List<SampleType> sampleTypes = checkSamples(participant, request, errors);
        errors.throwIfAny();

        Collection collection = new Collection(participant, hospital, request.collectedAt(), timePoint,
                request.procedure().trim(), custody.who(), custody.now());
        em.persist(collection);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < sampleTypes.size(); i++) {
            samples.add(primarySample(collection, sampleTypes.get(i), request.samples().get(i), request.received()));
        }
        UniqueConstraints.flush(em, "sample.barcodeTaken", "");
        return new Registered(collection, samples);
    }

    /** The collection and its samples, in the order they were given. */
    public record Registered(Collection collection, List<Sample> samples) {
    }

    private Sample primarySample(Collection collection, SampleType type, NewPrimarySample requested, boolean received) {
        String barcode = requested.barcode() == null || requested.barcode().isBlank()
                ? Barcodes.next(em, BarcodeKind.SAMPLE)
                : Barcodes.parse(requested.barcode(), "barcode", BarcodeKind.SAMPLE, BarcodeKind.KIT_TUBE).value();
        String container = requested.container() == null || requested.container().isBlank()
                ? type.getDefaultContainer() : requested.container().trim();
        Sample sample = new Sample(barcode, type, collection, container, requested.quantity(), custody.now());
        sprec.recode(sample, null);
        em.persist(sample);
        custody.record(sample, CustodyEvent.COLLECTED, null, null, null, collection.getTimePoint()
                + ", " + collection.getProcedure());
        if (received) {
            custody.record(sample, CustodyEvent.RECEIVED, null);
        }
        return sample;
    }

    private List<SampleType> checkSamples(Participant participant, NewCollection request, FieldErrors errors) {
        LocalDate day = request.collectedAt().atZone(ZoneId.systemDefault()).toLocalDate();
        List<SampleType> found = new ArrayList<>();
        Set<String> kitBarcodes = new HashSet<>();
        for (int i = 0; i < request.samples().size(); i++) {
            NewPrimarySample sample = request.samples().get(i);
            String field = "samples[" + i + "]";
            SampleType type = sample == null ? null : types.find(sample.type()).orElse(null);
            if (type == null || !type.isActive()) {
                errors.add(field + ".type", "sampleType.unknown", sample == null ? "" : String.valueOf(sample.type()));
                continue;
            }
            found.add(type);
            errors.require(Sample.isValidQuantity(sample.quantity()), field + ".quantity", "sample.quantity.positive");
            errors.requireAtMost(sample.container(), 100, field + ".container");
            if (sample.barcode() != null && !sample.barcode().isBlank()) {
                String kit = kitBarcode(sample.barcode(), field + ".barcode", errors);
                if (kit != null && !kitBarcodes.add(kit)) {
                    errors.add(field + ".barcode", "sample.barcodeTwice", kit);
                }
            }
            if (!coverage.covers(participant.getPseudonym(), List.of(type.getConsentItem()), day)) {
                errors.add(field + ".type", "collection.consent.missing", participant.getPseudonym(),
                        type.getConsentItem(), day.toString(), type.getCode());
            }
        }
        return found;
    }

    private String kitBarcode(String scanned, String field, FieldErrors errors) {
        try {
            String barcode = Barcodes.parse(scanned, field, BarcodeKind.SAMPLE, BarcodeKind.KIT_TUBE).value();
            boolean taken = !em.createNamedQuery(Sample.BY_BARCODE, Sample.class).setParameter("barcode", barcode)
                    .getResultList().isEmpty();
            errors.require(!taken, field, "sample.barcodeTaken", barcode);
            return barcode;
        } catch (nl.databiobank.lims.platform.boundary.InvalidInputException e) {
            e.fieldErrors().forEach(error -> errors.add(error.field(), error.key(), error.arguments()));
            return null;
        }
    }

    private Participant participant(String pseudonym) {
        return em.createNamedQuery(Participant.BY_PSEUDONYM, Participant.class)
                .setParameter("pseudonym", pseudonym == null ? "" : pseudonym.trim().toUpperCase())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("participant.unknown", pseudonym));
    }

    private Hospital hospital(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("hospital", "field.required");
            return null;
        }
        Hospital hospital = em.createNamedQuery(Hospital.BY_CODE, Hospital.class)
                .setParameter("code", code.trim().toUpperCase()).getResultStream().findFirst().orElse(null);
        errors.require(hospital != null, "hospital", "hospital.unknown", code);
        return hospital;
    }
}
