package nl.databiobank.lims.sample.entity;

import java.time.Instant;

/**
 * The pre-analytical facts recorded for a sample, null where not known: the times between which
 * material changes (collection is the collection's own), where a fluid waited before and after
 * centrifugation ({@code ROOM}, {@code REFRIGERATED}, {@code BODY}), and for tissue the type of
 * collection, ischaemia and fixation (SPREC codes and minutes).
 */
public record PreAnalytics(Instant receivedAt, Instant centrifugedAt, Instant centrifugationEndedAt,
                           String preCentrifugationTemperature, String postCentrifugationTemperature,
                           Instant frozenAt, String tissueCollectionType, Integer warmIschaemiaMinutes,
                           Integer coldIschaemiaMinutes, String fixationType, Integer fixationMinutes) {

    public static final PreAnalytics NONE = new PreAnalytics(null, null, null, null, null, null, null, null, null,
            null, null);
}
