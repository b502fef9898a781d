package nl.databiobank.lims.study.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a material request stands. {@link #next} is the whole workflow: draft, submitted, under
 * review, approved (with conditions) or rejected, allocated, picked, shipped, closed.
 */
public enum RequestStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, ALLOCATED, PICKED, SHIPPED, CLOSED;

    /** The statuses this one may move to. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, REJECTED);
            // allocating nothing more leaves it approved; a refused physician may empty an allocation
            case APPROVED -> EnumSet.of(ALLOCATED, CLOSED);
            case ALLOCATED -> EnumSet.of(APPROVED, PICKED, CLOSED);
            case PICKED -> EnumSet.of(APPROVED, ALLOCATED, SHIPPED, CLOSED);
            case SHIPPED -> EnumSet.of(CLOSED);
            case REJECTED, CLOSED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** The ethics officer's key is in place: approved, and not (yet) closed. */
    public boolean isApproved() {
        return this == APPROVED || this == ALLOCATED || this == PICKED || this == SHIPPED;
    }

    /** Still before the officer's decision: the researcher may see it change, the officer may decide. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }

    /** Samples may still be allocated to it, or taken off it. */
    public boolean takesAllocation() {
        return this == APPROVED || this == ALLOCATED || this == PICKED;
    }
}
