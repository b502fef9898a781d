package nl.databiobank.lims.consent.control;

import java.time.LocalDate;
import java.util.Map;
import nl.databiobank.lims.consent.boundary.NewConsent;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.consent.entity.ConsentItem;
import nl.databiobank.lims.consent.entity.SignedDocument;
import nl.databiobank.lims.platform.boundary.FieldErrors;

/** What a recorded consent must hold; every problem is reported at once, by field. */
public final class ConsentRules {

    private ConsentRules() {
    }

    public static void check(ConsentForm form, NewConsent request, SignedDocument document, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        LocalDate signed = request.signedOn();
        if (signed == null) {
            errors.add("signedOn", "field.required");
        } else if (signed.isAfter(today)) {
            errors.add("signedOn", "consent.signedOn.future");
        } else if (!form.isValidOn(signed)) {
            errors.add("signedOn", "consent.signedOn.outsideValidity", form.getValidFrom(),
                    form.getValidUntil() == null ? "-" : form.getValidUntil());
        }
        if (form.isWitnessRequired() && (request.witness() == null || request.witness().isBlank())) {
            errors.add("witness", "consent.witness.required");
        }
        Map<String, Boolean> answers = request.answers() == null ? Map.of() : request.answers();
        for (ConsentItem item : form.getItems()) {
            if (answers.get(item.getCode()) == null) {
                errors.add("answers." + item.getCode(), "consent.answer.missing", item.getCode());
            }
        }
        answers.keySet().stream()
                .filter(code -> form.item(code).isEmpty())
                .forEach(code -> errors.add("answers." + code, "consent.answer.unknownItem", code));
        if (document.content() == null || document.content().length == 0) {
            errors.add("document", "consent.document.required");
        } else if (document.isTooLarge()) {
            errors.add("document", "consent.document.tooLarge", SignedDocument.MAX_BYTES / (1024 * 1024));
        } else if (!document.isPdf()) {
            errors.add("document", "consent.document.notPdf");
        }
        if (document.name() == null || document.name().isBlank()) {
            errors.add("documentName", "field.required");
        } else if (document.name().length() > 200) {
            errors.add("documentName", "field.tooLong", 200);
        }
        errors.throwIfAny();
    }
}
