package nl.databiobank.lims.sample.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.sample.control.SprecCoder;
import nl.databiobank.lims.sample.control.SprecFacts;
import nl.databiobank.lims.sample.control.SprecMaterial;
import nl.databiobank.lims.sample.control.SprecRefused;
import nl.databiobank.lims.sample.entity.PreAnalytics;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleType;

/**
 * A sample's SPREC code from its recorded facts and the elements entered by hand, so that the code
 * never disagrees with the times. Types SPREC does not code (DNA, RNA: extracts) have none.
 */
@ApplicationScoped
public class SprecRecorder {

    private static final List<String> SPREC_FREEZER_CLASSES = List.of("-20", "-80", "-150", "LN2");

    /** The code for these facts; 400 with fields {@code sprec.1} ... {@code sprec.7} when it cannot be made. */
    public String code(Sample sample, PreAnalytics facts, Map<Integer, String> entered, String freezerClass) {
        SampleType type = sample.getType();
        if (type.getSprecType() == null) {
            if (!entered.isEmpty()) {
                throw new InvalidInputException("sprec", "sprec.notCoded", type.getCode());
            }
            return null;
        }
        try {
            return SprecCoder.code(facts(sample, facts, freezerClass), entered).value();
        } catch (SprecRefused refused) {
            throw new InvalidInputException(refused.problems().stream()
                    .map(p -> new FieldError(p.field(), p.key(), p.arguments())).toList());
        }
    }

    /** The code again, with the elements entered earlier, e.g. once the sample sits in a freezer. */
    public void recode(Sample sample, String freezerClass) {
        if (sample.getType().getSprecType() != null) {
            sample.recode(code(sample, sample.preAnalytics(), entered(sample.getSprecEntered()), freezerClass));
        }
    }

    private static SprecFacts facts(Sample sample, PreAnalytics pre, String freezerClass) {
        SampleType type = sample.getType();
        String freezer = freezerClass != null && SPREC_FREEZER_CLASSES.contains(freezerClass) ? freezerClass : null;
        if (SprecMaterial.valueOf(type.getMaterial().name()) == SprecMaterial.SOLID_TISSUE) {
            return SprecFacts.tissue(type.getSprecType(), pre.tissueCollectionType())
                    .withCollected(sample.getCollectedAt())
                    .withIschaemia(pre.warmIschaemiaMinutes(), pre.coldIschaemiaMinutes())
                    .withFixation(pre.fixationType(), pre.fixationMinutes())
                    .withFreezerClass(freezer);
        }
        Integer spins = type.sprec().centrifugations();
        if (Integer.valueOf(0).equals(spins) && (pre.centrifugedAt() != null || pre.centrifugationEndedAt() != null)) {
            throw new InvalidInputException("centrifugedAt", "sprec.notCentrifuged", type.getCode());
        }
        return SprecFacts.fluid(type.getSprecType(), type.getSprecContainer())
                .withCentrifugations(spins)
                .withCollected(sample.getCollectedAt())
                .withCentrifugation(pre.centrifugedAt(), pre.centrifugationEndedAt())
                .withFrozen(pre.frozenAt())
                .withTemperatures(temperature(pre.preCentrifugationTemperature()),
                        temperature(pre.postCentrifugationTemperature()))
                .withFreezerClass(freezer);
    }

    private static SprecFacts.Temperature temperature(String text) {
        return text == null ? null : SprecFacts.Temperature.valueOf(text);
    }

    /** {@code 4=A;5=N} as stored, back into element number → code. */
    public static Map<Integer, String> entered(String stored) {
        Map<Integer, String> entered = new TreeMap<>();
        if (stored != null && !stored.isBlank()) {
            for (String pair : stored.split(";")) {
                String[] parts = pair.split("=", 2);
                entered.put(Integer.valueOf(parts[0]), parts[1]);
            }
        }
        return entered;
    }

    public static String stored(Map<Integer, String> entered) {
        return entered.isEmpty() ? null : new TreeMap<>(entered).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().trim().toUpperCase()).collect(Collectors.joining(";"));
    }
}
