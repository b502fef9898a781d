package nl.databiobank.lims.study.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * One release of material, as the ethics officer audits it: what left, from how many participants,
 * when, to whom, under which approval version, and whether it lay within that approval's scope
 * ({@code scopeProblems} empty; otherwise what was outside it, e.g. {@code SAMPLE_TYPE_OUTSIDE_SCOPE:S…}).
 */
public record Release(long requestId, String title, String requestedBy, int approvalVersion,
                      String approvalReference, LocalDate shippedOn, String recipient, long samples,
                      long participants, List<String> sampleTypes, List<String> dataItems,
                      List<String> scopeProblems) {

    public boolean withinScope() {
        return scopeProblems.isEmpty();
    }
}
