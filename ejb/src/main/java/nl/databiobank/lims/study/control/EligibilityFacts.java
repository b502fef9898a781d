package nl.databiobank.lims.study.control;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Everything the release rule (DESIGN.md rule 4) looks at for one sample, one request, one day,
 * gathered by the service so that the rule itself is one pure function: {@link EligibilityCheck}.
 *
 * @param requestApproved the ethics officer approved the request (and it is not closed)
 * @param physicianAgreed the participant's treating physician agreed for this request
 * @param approvalValid the study's current approval holds on the day (and the study is open)
 * @param scopeSampleTypes the current approval's sample types (empty without an approval)
 * @param consentMissing the approval's consent items the participant's consent does not cover that day
 * @param participantWithdrawn the participant withdrew, or a withdrawal blocked this sample
 * @param availableForRequest the sample is available, or reserved or picked for this very request
 */
public record EligibilityFacts(boolean requestApproved, boolean physicianAgreed, boolean approvalValid,
                               String sampleType, Set<String> scopeSampleTypes, Set<String> consentMissing,
                               boolean participantWithdrawn, boolean availableForRequest,
                               BigDecimal remaining, BigDecimal minQuantity) {
}
