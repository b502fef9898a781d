package nl.databiobank.lims.study.boundary;

import java.time.Instant;

/**
 * A treating physician whose patients' material is (or was) allocated to a request, and their
 * answer: {@code agreed} null while nobody recorded one.
 */
public record PhysicianLine(String physician, long participants, long samples, Boolean agreed, String note,
                            String recordedBy, Instant recordedAt) {
}
