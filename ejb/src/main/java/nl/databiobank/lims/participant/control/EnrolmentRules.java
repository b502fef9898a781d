package nl.databiobank.lims.participant.control;

import java.time.LocalDate;
import java.util.Arrays;
import nl.databiobank.lims.participant.boundary.NewParticipant;
import nl.databiobank.lims.participant.entity.Diagnosis;
import nl.databiobank.lims.participant.entity.Sex;
import nl.databiobank.lims.platform.boundary.FieldErrors;

/** What an enrolment must hold; every problem is reported at once, by field. */
public final class EnrolmentRules {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private EnrolmentRules() {
    }

    public static void check(NewParticipant request, boolean hospitalKnown, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        text(request.mrn(), "mrn", 20, errors);
        text(request.name(), "name", 200, errors);
        if (request.birthDate() == null) {
            errors.add("birthDate", "field.required");
        } else if (request.birthDate().isAfter(today) || request.birthDate().isBefore(EARLIEST_BIRTH)) {
            errors.add("birthDate", "participant.birthDate.implausible");
        }
        if (request.sex() == null || request.sex().isBlank()) {
            errors.add("sex", "field.required");
        } else if (Arrays.stream(Sex.values()).noneMatch(s -> s.name().equalsIgnoreCase(request.sex().trim()))) {
            errors.add("sex", "participant.sex.unknown");
        }
        errors.require(hospitalKnown, "hospital", request.hospital() == null || request.hospital().isBlank()
                ? "field.required" : "participant.hospital.unknown", request.hospital());
        if (request.diagnosisCode() == null || request.diagnosisCode().isBlank()) {
            errors.add("diagnosisCode", "field.required");
        } else if (!Diagnosis.isIcd10(request.diagnosisCode().trim().toUpperCase())) {
            errors.add("diagnosisCode", "participant.icd10.format");
        }
        if (request.diagnosisText() != null && request.diagnosisText().length() > 500) {
            errors.add("diagnosisText", "field.tooLong", 500);
        }
        if (request.diagnosisDate() == null) {
            errors.add("diagnosisDate", "field.required");
        } else if (request.diagnosisDate().isAfter(today)
                || request.birthDate() != null && request.diagnosisDate().isBefore(request.birthDate())) {
            errors.add("diagnosisDate", "participant.diagnosisDate.implausible");
        }
        text(request.treatingPhysician(), "treatingPhysician", 200, errors);
        text(request.cohort(), "cohort", 100, errors);
        errors.throwIfAny();
    }

    private static void text(String value, String field, int max, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "field.required");
        } else if (value.trim().length() > max) {
            errors.add(field, "field.tooLong", max);
        }
    }
}
