package nl.databiobank.lims.study.control;

import java.util.List;

/** Whether a sample may be released, and if not, every reason code why (see {@link EligibilityCheck}). */
public record Eligibility(List<String> reasons) {

    public Eligibility {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }
}
