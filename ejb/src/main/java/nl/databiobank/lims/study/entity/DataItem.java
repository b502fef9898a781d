package nl.databiobank.lims.study.entity;

/** The data an approval may let go with the material (never identity: DESIGN.md rule 7). */
public enum DataItem {
    QUESTIONNAIRE_SCORES, DIAGNOSIS, AGE_AT_COLLECTION, SEX, COLLECTION_DATE
}
