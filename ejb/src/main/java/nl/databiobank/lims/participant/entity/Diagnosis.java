package nl.databiobank.lims.participant.entity;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** An ICD-10 code with its free text and the date it was made. */
public record Diagnosis(String code, String text, LocalDate date) {

    // A letter, two digits, and optionally a dot with one to four more characters: C50.9, C18, D05.1
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");

    public static boolean isIcd10(String code) {
        return code != null && ICD10.matcher(code).matches();
    }
}
