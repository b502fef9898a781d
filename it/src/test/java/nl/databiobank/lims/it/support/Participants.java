package nl.databiobank.lims.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** Participants and consents of a test's own, made through the API as a research nurse would. */
public final class Participants {

    public static final String[] ITEMS = {"QUESTIONNAIRES", "CLINICAL_DATA", "BLOOD", "TISSUE", "OTHER_MATERIAL",
            "GENETIC_RESEARCH", "RECONTACT", "REGISTRY_LINKAGE", "COMMERCIAL_PARTNERS", "SHARE_OUTSIDE_EU",
            "INCIDENTAL_FINDINGS"};
    private static final SecureRandom RANDOM = new SecureRandom();

    private Participants() {
    }

    public static Api nurse() {
        return Api.as(DemoLogins.of("nurse"));
    }

    /** A fresh hospital number, so that tests never collide. */
    public static String newMrn() {
        return String.valueOf(10_000_000L + RANDOM.nextInt(89_999_999));
    }

    public static JsonObject enrolment(String mrn) {
        return Json.createObjectBuilder()
                .add("mrn", mrn).add("name", "Test Persoon").add("birthDate", "1958-06-15").add("sex", "FEMALE")
                .add("hospital", "MCL").add("diagnosisCode", "C18.7").add("diagnosisText", "Coloncarcinoom")
                .add("diagnosisDate", "2026-09-01").add("treatingPhysician", "Dr. A. de Vries").add("cohort", "Colorectal")
                .build();
    }

    /** Enrols someone new and answers the pseudonym. */
    public static String enrol() {
        Api.Response enrolled = nurse().post("/api/participants", enrolment(newMrn()));
        if (enrolled.status() != 201) {
            throw new AssertionError("Enrolment failed: " + enrolled);
        }
        return enrolled.object().getString("pseudonym");
    }

    /** A consent on the seeded form, signed on {@code signedOn}: yes to every item except those given as false. */
    public static JsonObject consent(String signedOn, Map<String, Boolean> exceptions) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (String item : ITEMS) {
            answers.add(item, exceptions.getOrDefault(item, true));
        }
        return Json.createObjectBuilder()
                .add("formCode", "BIOBANK").add("formVersion", 1).add("signedOn", signedOn)
                .add("answers", answers).add("documentName", "signed-consent.pdf").add("document", pdf())
                .build();
    }

    /** A small but real PDF, base64. */
    public static String pdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return Base64.getEncoder().encodeToString(pdf.getBytes(StandardCharsets.US_ASCII));
    }

    public static boolean covers(String pseudonym, String items, String on) {
        Api.Response coverage = nurse().get(Api.query("/api/participants/" + pseudonym + "/consents/coverage",
                "items", items, "on", on));
        if (coverage.status() != 200) {
            throw new AssertionError("Coverage failed: " + coverage);
        }
        return coverage.object().getBoolean("covered");
    }
}
