package nl.databiobank.lims.study.entity;

/** What a researcher reports about a sample they received. */
public enum UsageOutcome {
    CONSUMED,
    /** Sent back to the biobank; checked in by scanning on arrival. */
    RETURNED,
    /** Still held by the researcher. */
    HELD
}
