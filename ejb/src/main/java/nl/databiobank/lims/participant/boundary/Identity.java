package nl.databiobank.lims.participant.boundary;

import java.time.LocalDate;

/** Who a participant is, decrypted for a research nurse who gave a reason to look. */
public record Identity(String pseudonym, String mrn, String name, LocalDate birthDate) {
}
