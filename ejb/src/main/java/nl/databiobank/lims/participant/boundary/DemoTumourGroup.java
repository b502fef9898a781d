package nl.databiobank.lims.participant.boundary;

import java.util.List;

/**
 * The cohorts of the demo biobank with the diagnoses a nurse would expect in each, and how many of
 * the demo participants belong to it (roughly how often the tumours are seen in practice).
 */
enum DemoTumourGroup {
    BREAST("Breast", 10, "FEMALE", List.of(
            new Icd10("C50.4", "Mammacarcinoom, bovenste buitenkwadrant"),
            new Icd10("C50.2", "Mammacarcinoom, bovenste binnenkwadrant"),
            new Icd10("C50.9", "Mammacarcinoom"))),
    COLORECTAL("Colorectal", 9, null, List.of(
            new Icd10("C18.7", "Sigmoïdcarcinoom"),
            new Icd10("C18.2", "Coloncarcinoom, colon ascendens"),
            new Icd10("C18.0", "Coecumcarcinoom"),
            new Icd10("C20", "Rectumcarcinoom"))),
    LUNG("Lung", 8, null, List.of(
            new Icd10("C34.1", "Niet-kleincellig longcarcinoom, bovenkwab"),
            new Icd10("C34.3", "Niet-kleincellig longcarcinoom, onderkwab"),
            new Icd10("C34.9", "Kleincellig longcarcinoom"))),
    HEAD_AND_NECK("Head and neck", 6, null, List.of(
            new Icd10("C01", "Tongbasiscarcinoom"),
            new Icd10("C02.1", "Tongrandcarcinoom"),
            new Icd10("C10.9", "Orofarynxcarcinoom"),
            new Icd10("C32.0", "Glottisch larynxcarcinoom"))),
    MELANOMA("Melanoma", 5, null, List.of(
            new Icd10("C43.5", "Melanoom van de romp"),
            new Icd10("C43.7", "Melanoom van het been"),
            new Icd10("C43.6", "Melanoom van de arm"))),
    PROSTATE("Prostate", 6, "MALE", List.of(
            new Icd10("C61", "Prostaatcarcinoom"))),
    HAEMATOLOGY("Haematology", 6, null, List.of(
            new Icd10("C81.1", "Klassiek hodgkinlymfoom, nodulair scleroserend"),
            new Icd10("C83.3", "Diffuus grootcellig B-cellymfoom"),
            new Icd10("C90.0", "Multipel myeloom"),
            new Icd10("C92.0", "Acute myeloïde leukemie")));

    record Icd10(String code, String text) {
    }

    final String cohort;
    final int participants;
    /** Null where either sex is seen. */
    final String onlySex;
    final List<Icd10> diagnoses;

    DemoTumourGroup(String cohort, int participants, String onlySex, List<Icd10> diagnoses) {
        this.cohort = cohort;
        this.participants = participants;
        this.onlySex = onlySex;
        this.diagnoses = diagnoses;
    }
}
