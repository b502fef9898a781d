package nl.databiobank.lims.sample.control;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What the lab recorded about one sample that its SPREC code depends on, and no more: the code is
 * derived from these facts wherever they suffice, so that it never disagrees with them. Apart from
 * the material and the SPREC type of sample, which the sample type always tells, every component may
 * be {@code null} for "not recorded".
 *
 * <p>Fluids: the primary container (a SPREC code), how many times the sample was centrifuged (0, 1
 * or 2; 0 for whole blood, urine and the like), when it was collected, when its (first)
 * centrifugation started, when its (last) centrifugation ended, when it was frozen or put into
 * long-term storage, and where it waited before and after centrifugation. Tissue: the type of
 * collection (a SPREC code), warm and cold ischaemia and fixation time in minutes, and the fixative.
 * Both: the freezer class it is stored in. The coder reads only the facts of the sample's material.
 *
 * @param freezerClass one of the LIMS's freezer classes {@code -20}, {@code -80}, {@code -150} or
 *                     {@code LN2}
 */
public record SprecFacts(SprecMaterial material, String sampleType, String primaryContainer, String collectionType,
                         Integer centrifugations, Instant collected, Instant centrifugationStarted,
                         Instant centrifugationEnded, Instant frozen, Temperature preCentrifugationTemperature,
                         Temperature postCentrifugationTemperature, Integer warmIschaemiaMinutes,
                         Integer coldIschaemiaMinutes, String fixationType, Integer fixationMinutes,
                         String freezerClass) {

    /** Where a fluid waited: SPREC tells room temperature, 2-10 °C and, before centrifugation only, 35-38 °C apart. */
    public enum Temperature {
        ROOM, REFRIGERATED, BODY
    }

    public SprecFacts {
        Objects.requireNonNull(material, "material");
        sampleType = Objects.requireNonNull(code(sampleType), "sampleType");
        primaryContainer = code(primaryContainer);
        collectionType = code(collectionType);
        fixationType = code(fixationType);
        freezerClass = code(freezerClass);
        if (centrifugations != null && (centrifugations < 0 || centrifugations > 2)) {
            throw new IllegalArgumentException("SPREC knows 0, 1 or 2 centrifugations, not " + centrifugations);
        }
        if (Objects.equals(centrifugations, 0) && (centrifugationStarted != null || centrifugationEnded != null)) {
            throw new IllegalArgumentException("A sample that was not centrifuged has no centrifugation times");
        }
        if (freezerClass != null && !SprecTables.isFreezerClass(freezerClass)) {
            throw new IllegalArgumentException("Unknown freezer class " + freezerClass);
        }
    }

    /** A fluid of which only the SPREC type and, if known, the primary container are recorded so far. */
    public static SprecFacts fluid(String sampleType, String primaryContainer) {
        return new SprecFacts(SprecMaterial.FLUID, sampleType, primaryContainer, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Tissue of which only the SPREC type and, if known, the type of collection are recorded so far. */
    public static SprecFacts tissue(String sampleType, String collectionType) {
        return new SprecFacts(SprecMaterial.SOLID_TISSUE, sampleType, null, collectionType, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public SprecFacts withCentrifugations(Integer count) {
        return new SprecFacts(material, sampleType, primaryContainer, collectionType, count, collected,
                centrifugationStarted, centrifugationEnded, frozen, preCentrifugationTemperature,
                postCentrifugationTemperature, warmIschaemiaMinutes, coldIschaemiaMinutes, fixationType,
                fixationMinutes, freezerClass);
    }

    public SprecFacts withCollected(Instant at) {
        return new SprecFacts(material, sampleType, primaryContainer, collectionType, centrifugations, at,
                centrifugationStarted, centrifugationEnded, frozen, preCentrifugationTemperature,
                postCentrifugationTemperature, warmIschaemiaMinutes, coldIschaemiaMinutes, fixationType,
                fixationMinutes, freezerClass);
    }

    public SprecFacts withCentrifugation(Instant started, Instant ended) {
        return new SprecFacts(material, sampleType, primaryContainer, collectionType, centrifugations, collected,
                started, ended, frozen, preCentrifugationTemperature, postCentrifugationTemperature,
                warmIschaemiaMinutes, coldIschaemiaMinutes, fixationType, fixationMinutes, freezerClass);
    }

    public SprecFacts withFrozen(Instant at) {
        return new SprecFacts(material, sampleType, primaryContainer, collectionType, centrifugations, collected,
                centrifugationStarted, centrifugationEnded, at, preCentrifugationTemperature,
                postCentrifugationTemperature, warmIschaemiaMinutes, coldIschaemiaMinutes, fixationType,
                fixationMinutes, freezerClass);
    }

    public SprecFacts withTemperatures(Temperature beforeCentrifugation, Temperature afterCentrifugation) {
        return new SprecFacts(material, sampleType, primaryContainer, collectionType, centrifugations, collected,
                centrifugationStarted, centrifugationEnded, frozen, beforeCentrifugation, afterCentrifugation,
                warmIschaemiaMinutes, coldIschaemiaMinutes, fixationType, fixationMinutes, freezerClass);
    }

    public SprecFacts withIschaemia(Integer warmMinutes, Integer coldMinutes) {
        return new SprecFacts(material, sampleType, primaryContainer, collectionType, centrifugations, collected,
                centrifugationStarted, centrifugationEnded, frozen, preCentrifugationTemperature,
                postCentrifugationTemperature, warmMinutes, coldMinutes, fixationType, fixationMinutes,
                freezerClass);
    }

    public SprecFacts withFixation(String type, Integer minutes) {
        return new SprecFacts(material, sampleType, primaryContainer, collectionType, centrifugations, collected,
                centrifugationStarted, centrifugationEnded, frozen, preCentrifugationTemperature,
                postCentrifugationTemperature, warmIschaemiaMinutes, coldIschaemiaMinutes, type, minutes,
                freezerClass);
    }

    public SprecFacts withFreezerClass(String storedIn) {
        return new SprecFacts(material, sampleType, primaryContainer, collectionType, centrifugations, collected,
                centrifugationStarted, centrifugationEnded, frozen, preCentrifugationTemperature,
                postCentrifugationTemperature, warmIschaemiaMinutes, coldIschaemiaMinutes, fixationType,
                fixationMinutes, storedIn);
    }

    private static String code(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
    }
}
