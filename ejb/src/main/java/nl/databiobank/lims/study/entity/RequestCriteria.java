package nl.databiobank.lims.study.entity;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What material a request asks for: the type, at least how much per tube, from how many
 * participants, how many tubes each, and (when not empty) only from these collection time points
 * and diagnoses. A diagnosis of three characters (C50) stands for all its subcodes (C50.9).
 */
public record RequestCriteria(String sampleType, BigDecimal minQuantity, int participants, int aliquotsPerParticipant,
                              Set<String> timePoints, Set<String> diagnoses) {

    public RequestCriteria {
        timePoints = Set.copyOf(timePoints);
        diagnoses = Set.copyOf(diagnoses);
    }
}
