package nl.databiobank.lims.study.control;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The one place that decides whether a sample may be released for a request on a day, and says
 * why not: every missing key, in the order of the rule. Allocation, picking, shipping and the
 * eligibility endpoint all ask this.
 */
public final class EligibilityCheck {

    public static final String REQUEST_NOT_APPROVED = "REQUEST_NOT_APPROVED";
    public static final String PHYSICIAN_AGREEMENT_MISSING = "PHYSICIAN_AGREEMENT_MISSING";
    public static final String APPROVAL_NOT_VALID = "APPROVAL_NOT_VALID";
    public static final String SAMPLE_TYPE_NOT_IN_SCOPE = "SAMPLE_TYPE_NOT_IN_SCOPE";
    public static final String CONSENT_MISSING = "CONSENT_MISSING:";
    public static final String PARTICIPANT_WITHDRAWN = "PARTICIPANT_WITHDRAWN";
    public static final String SAMPLE_NOT_AVAILABLE = "SAMPLE_NOT_AVAILABLE";
    public static final String INSUFFICIENT_QUANTITY = "INSUFFICIENT_QUANTITY";

    private EligibilityCheck() {
    }

    public static Eligibility of(EligibilityFacts facts) {
        List<String> reasons = new ArrayList<>();
        if (!facts.requestApproved()) {
            reasons.add(REQUEST_NOT_APPROVED);
        }
        if (!facts.physicianAgreed()) {
            reasons.add(PHYSICIAN_AGREEMENT_MISSING);
        }
        if (!facts.approvalValid()) {
            reasons.add(APPROVAL_NOT_VALID);
        }
        if (!facts.scopeSampleTypes().contains(facts.sampleType())) {
            reasons.add(SAMPLE_TYPE_NOT_IN_SCOPE);
        }
        for (String item : new TreeSet<>(facts.consentMissing())) {
            reasons.add(CONSENT_MISSING + item);
        }
        if (facts.participantWithdrawn()) {
            reasons.add(PARTICIPANT_WITHDRAWN);
        }
        if (!facts.availableForRequest()) {
            reasons.add(SAMPLE_NOT_AVAILABLE);
        }
        if (facts.remaining().compareTo(facts.minQuantity()) < 0) {
            reasons.add(INSUFFICIENT_QUANTITY);
        }
        return new Eligibility(reasons);
    }

    /**
     * The keys that may still be missing when samples are allocated: the physicians are asked about
     * the allocated samples, so their agreement comes after allocation, never before.
     */
    public static boolean allowsAllocation(Eligibility eligibility) {
        return eligibility.reasons().stream().allMatch(PHYSICIAN_AGREEMENT_MISSING::equals);
    }
}
