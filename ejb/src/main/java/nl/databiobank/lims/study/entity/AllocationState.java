package nl.databiobank.lims.study.entity;

/** Where an allocated sample stands within its request. */
public enum AllocationState {
    /** Set aside for the request; no other request can take it. */
    RESERVED,
    /** Taken out of storage by scanning, for the shipment. */
    PICKED,
    SHIPPED,
    /** Taken off the request (by hand, a refusing physician or a withdrawal); the reason stays. */
    CANCELLED;

    /** Holds the sample for the request: the database lets one request at a time do so. */
    public boolean isActive() {
        return this == RESERVED || this == PICKED;
    }
}
