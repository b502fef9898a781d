package nl.databiobank.lims.study.entity;

/** DRAFT until its first ethics approval is recorded, ACTIVE from then on, CLOSED at the end. */
public enum StudyStatus {
    DRAFT, ACTIVE, CLOSED
}
