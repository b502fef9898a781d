package nl.databiobank.lims.sample.entity;

import java.time.Instant;
import java.util.Objects;

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

    /**
     * Whether recording these facts over {@code earlier} changes or removes something recorded: a
     * correction, which needs a reason. Adding a fact not known before is none. Times count to the
     * minute, as the forms hold them; no arrival time keeps the one recorded at receipt.
     */
    public boolean corrects(PreAnalytics earlier) {
        return (receivedAt != null && changed(earlier.receivedAt, receivedAt))
                || changed(earlier.centrifugedAt, centrifugedAt)
                || changed(earlier.centrifugationEndedAt, centrifugationEndedAt)
                || changed(earlier.preCentrifugationTemperature, preCentrifugationTemperature)
                || changed(earlier.postCentrifugationTemperature, postCentrifugationTemperature)
                || changed(earlier.frozenAt, frozenAt)
                || changed(earlier.tissueCollectionType, tissueCollectionType)
                || changed(earlier.warmIschaemiaMinutes, warmIschaemiaMinutes)
                || changed(earlier.coldIschaemiaMinutes, coldIschaemiaMinutes)
                || changed(earlier.fixationType, fixationType)
                || changed(earlier.fixationMinutes, fixationMinutes);
    }

    private static boolean changed(Object before, Object after) {
        if (before instanceof Instant earlier && after instanceof Instant later) {
            return earlier.getEpochSecond() / 60 != later.getEpochSecond() / 60;
        }
        return before != null && !Objects.equals(before, after);
    }

    public static final PreAnalytics NONE = new PreAnalytics(null, null, null, null, null, null, null, null, null,
            null, null);
}
