package nl.databiobank.lims.study.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.study.boundary.NewApproval;
import nl.databiobank.lims.study.entity.DataItem;

/**
 * The rules an approval must keep before it is recorded, all reported at once with the field they
 * concern ({@code scope.sampleTypes[1]}). The database keeps the same rules about dates and numbers.
 */
public final class ApprovalCheck {

    private ApprovalCheck() {
    }

    public static void check(NewApproval a, LocalDate today, Predicate<String> knownSampleType,
                             Predicate<String> knownConsentItem) {
        FieldErrors errors = new FieldErrors();
        errors.require(present(a.committee()), "committee", "field.required");
        errors.requireAtMost(a.committee(), 200, "committee");
        errors.require(present(a.referenceNumber()), "referenceNumber", "field.required");
        errors.requireAtMost(a.referenceNumber(), 100, "referenceNumber");
        errors.require(a.decisionDate() != null, "decisionDate", "field.required");
        errors.require(a.validFrom() != null, "validFrom", "field.required");
        errors.require(a.validUntil() != null, "validUntil", "field.required");
        if (a.decisionDate() != null && a.decisionDate().isAfter(today)) {
            errors.add("decisionDate", "approval.decisionDate.future");
        }
        if (a.decisionDate() != null && a.validFrom() != null && a.validFrom().isBefore(a.decisionDate())) {
            errors.add("validFrom", "approval.validFrom.beforeDecision", a.decisionDate());
        }
        if (a.validFrom() != null && a.validUntil() != null && a.validUntil().isBefore(a.validFrom())) {
            errors.add("validUntil", "approval.validUntil.beforeValidFrom", a.validFrom());
        }
        errors.require(a.maxParticipants() == null || a.maxParticipants() > 0, "maxParticipants", "approval.max.positive");
        errors.require(a.maxSamples() == null || a.maxSamples() > 0, "maxSamples", "approval.max.positive");

        List<String> sampleTypes = a.sampleTypes() == null ? List.of() : a.sampleTypes();
        errors.require(!sampleTypes.isEmpty(), "scope.sampleTypes", "approval.sampleTypes.required");
        codes(errors, sampleTypes, "scope.sampleTypes", knownSampleType, "approval.sampleType.unknown");
        codes(errors, a.consentItems() == null ? List.of() : a.consentItems(), "scope.consentItems",
                knownConsentItem, "approval.consentItem.unknown");
        codes(errors, a.dataItems() == null ? List.of() : a.dataItems(), "scope.dataItems",
                ApprovalCheck::isDataItem, "approval.dataItem.unknown");
        errors.throwIfAny();
    }

    /** The codes as stored: trimmed, upper case. */
    public static List<String> normalised(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(ApprovalCheck::normalised).distinct().toList();
    }

    private static void codes(FieldErrors errors, List<String> codes, String field, Predicate<String> known,
                              String unknownKey) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = normalised(codes.get(i));
            String at = field + "[" + i + "]";
            if (code.isEmpty()) {
                errors.add(at, "field.required");
            } else if (!seen.add(code)) {
                errors.add(at, "approval.scope.twice", code);
            } else if (!known.test(code)) {
                errors.add(at, unknownKey, code);
            }
        }
    }

    private static boolean isDataItem(String code) {
        for (DataItem item : DataItem.values()) {
            if (item.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
