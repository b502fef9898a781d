package nl.databiobank.lims.questionnaire.entity;

/** Where a participant's time point stands on a given day. */
public enum TimePointStatus {
    /** The window has not opened yet. */
    PLANNED,
    /** The window is open and the target day has not passed. */
    DUE,
    /** The target day has passed; the window is still open. */
    OVERDUE,
    /** Answered. */
    COMPLETED,
    /** The window closed without an answer. */
    MISSED,
    /** Not to be asked any more: the participant withdrew from questionnaires. */
    STOPPED
}
