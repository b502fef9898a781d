package nl.databiobank.lims.participant.boundary;

import java.time.LocalDate;

/** Fired inside the transaction that records when a participant's treatment started: schedules may count from it. */
public record TreatmentStartRecorded(long participantId, String pseudonym, LocalDate treatmentStart) {
}
