package nl.databiobank.lims.study.control;

import java.time.Instant;

/** A sample that could be allocated: what choosing among candidates needs to know about it. */
public record Candidate(long sampleId, String barcode, long participantId, Instant collectedAt, Long boxId) {
}
