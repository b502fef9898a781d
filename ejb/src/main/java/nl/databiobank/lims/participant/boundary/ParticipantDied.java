package nl.databiobank.lims.participant.boundary;

import java.time.LocalDate;

/** Fired inside the transaction that records a participant's death: nobody may be asked anything any more. */
public record ParticipantDied(long participantId, String pseudonym, LocalDate diedOn) {
}
