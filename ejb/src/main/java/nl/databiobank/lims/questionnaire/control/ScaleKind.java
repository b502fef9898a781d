package nl.databiobank.lims.questionnaire.control;

/**
 * How a scale's raw score becomes a 0–100 score. The direction differs: on a functional scale a high
 * score means doing well, so the raw score is turned around; on a symptom scale a high score means
 * much of the symptom, and on global health a high score means a good quality of life, both taken as
 * they are.
 */
public enum ScaleKind {
    /** {@code (1 − (RS − min)/range) × 100}. */
    FUNCTIONAL,
    /** {@code ((RS − min)/range) × 100}. */
    SYMPTOM,
    /** {@code ((RS − min)/range) × 100}, as a symptom scale. */
    GLOBAL
}
