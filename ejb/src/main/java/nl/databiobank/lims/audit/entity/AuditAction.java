package nl.databiobank.lims.audit.entity;

public enum AuditAction {
    CREATE, UPDATE, DELETE;

    /** Corrections and deletions are recorded with why they were made. */
    public boolean needsReason() {
        return this != CREATE;
    }
}
