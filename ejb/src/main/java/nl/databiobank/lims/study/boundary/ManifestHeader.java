package nl.databiobank.lims.study.boundary;

import java.time.LocalDate;

/** What a manifest says above its table: the request, its study, the approval it left under, and where it went. */
public record ManifestHeader(long requestId, String requestTitle, String studyCode, String studyTitle,
                             String committee, String approvalReference, int approvalVersion, String recipient,
                             String address, LocalDate shippedOn) {
}
