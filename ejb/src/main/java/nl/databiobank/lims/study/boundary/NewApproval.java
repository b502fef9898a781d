package nl.databiobank.lims.study.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * An ethics committee's decision as the officer records it. {@code amends} is the version of the
 * study's current approval when this is an amendment (null for the first approval): stating it
 * keeps two officers from amending the same version at once unnoticed.
 */
public record NewApproval(String committee, String referenceNumber, LocalDate decisionDate, LocalDate validFrom,
                          LocalDate validUntil, Integer amends, Integer maxParticipants, Integer maxSamples,
                          List<String> sampleTypes, List<String> consentItems, List<String> dataItems) {
}
