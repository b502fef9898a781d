package nl.databiobank.lims.sample.entity;

/** Where a sample stands; changed only by a custody event ({@link CustodyEvent}). */
public enum SampleStatus {
    /** Registered at collection; not yet received in the lab. */
    EXPECTED,
    AVAILABLE,
    /** Allocated to a material request. */
    RESERVED,
    /** Taken out of the biobank's storage for work in the lab. */
    CHECKED_OUT,
    SHIPPED,
    /** Used up: nothing remains. */
    CONSUMED,
    DESTROYED,
    MISSING;

    /** Gone for good: nothing more can happen to it but being looked at. */
    public boolean isFinal() {
        return this == SHIPPED || this == CONSUMED || this == DESTROYED;
    }

    /** Physically in the biobank's hands, so it may sit in a box. */
    public boolean canBeStored() {
        return this == EXPECTED || this == AVAILABLE || this == RESERVED;
    }
}
