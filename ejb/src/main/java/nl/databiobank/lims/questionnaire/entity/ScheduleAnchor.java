package nl.databiobank.lims.questionnaire.entity;

/** The date a schedule counts from. */
public enum ScheduleAnchor {
    DIAGNOSIS,
    /** Unknown until the nurse records it: until then the participant's time points wait. */
    TREATMENT_START
}
