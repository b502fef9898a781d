package nl.databiobank.lims.consent.boundary;

import java.time.LocalDate;
import java.util.List;

/** A new version of a consent form, as an administrator enters it. */
public record NewConsentForm(String code, String title, String languages, String ethicsReference,
                             LocalDate validFrom, LocalDate validUntil, boolean witnessRequired, List<Item> items) {

    /** One item: a stable code and its text in both languages. */
    public record Item(String code, String textNl, String textEn) {
    }
}
