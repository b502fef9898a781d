package nl.databiobank.lims.participant.boundary;

import java.time.LocalDate;

/** What a research nurse fills in to enrol someone; checked by {@link ParticipantService}. */
public record NewParticipant(String mrn, String name, LocalDate birthDate, String sex, String hospital,
                             String diagnosisCode, String diagnosisText, LocalDate diagnosisDate,
                             String treatingPhysician, String cohort) {
}
