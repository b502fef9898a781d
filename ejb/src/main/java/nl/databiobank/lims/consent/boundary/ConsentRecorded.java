package nl.databiobank.lims.consent.boundary;

import java.time.LocalDate;

/**
 * Fired inside the transaction that records a consent, for the components that start or stop
 * something on it (questionnaire schedules start when the consent covers questionnaires).
 */
public record ConsentRecorded(long participantId, String pseudonym, long consentId, LocalDate signedOn) {
}
