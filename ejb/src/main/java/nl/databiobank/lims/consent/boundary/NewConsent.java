package nl.databiobank.lims.consent.boundary;

import java.time.LocalDate;
import java.util.Map;

/**
 * A signed consent as the nurse records it: which form version, when, witnessed by whom, the
 * answer to every item by its code, and the scanned signed form.
 */
public record NewConsent(String formCode, Integer formVersion, LocalDate signedOn, String witness,
                         Map<String, Boolean> answers, String documentName, byte[] document) {
}
