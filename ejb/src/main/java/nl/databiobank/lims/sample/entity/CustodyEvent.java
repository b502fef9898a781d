package nl.databiobank.lims.sample.entity;


import java.util.EnumSet;
import java.util.Set;

/**
 * What can happen to a sample, from which statuses, and the status it leaves behind (null: the
 * status stays). This table is the whole state machine of a sample's chain of custody.
 */
public enum CustodyEvent {
    COLLECTED(Set.of(), SampleStatus.EXPECTED, Use.NONE),
    RECEIVED(Set.of(SampleStatus.EXPECTED), SampleStatus.AVAILABLE, Use.NONE),
    PROCESSED(Set.of(SampleStatus.AVAILABLE, SampleStatus.CHECKED_OUT), null, Use.USES),
    ALIQUOTED(Set.of(SampleStatus.AVAILABLE, SampleStatus.CHECKED_OUT), null, Use.USES),
    DERIVED(Set.of(SampleStatus.AVAILABLE, SampleStatus.CHECKED_OUT), null, Use.USES),
    STORED(Set.of(SampleStatus.AVAILABLE, SampleStatus.RESERVED), null, Use.NONE),
    MOVED(Set.of(SampleStatus.AVAILABLE, SampleStatus.RESERVED), null, Use.NONE),
    REMOVED(Set.of(SampleStatus.AVAILABLE, SampleStatus.RESERVED), null, Use.NONE),
    CHECKED_OUT(Set.of(SampleStatus.AVAILABLE), SampleStatus.CHECKED_OUT, Use.USES),
    // back from the lab, or from a researcher to whom it was shipped (checked in by scanning)
    RETURNED(Set.of(SampleStatus.CHECKED_OUT, SampleStatus.SHIPPED), SampleStatus.AVAILABLE, Use.NONE),
    THAWED(Set.of(SampleStatus.AVAILABLE, SampleStatus.RESERVED, SampleStatus.CHECKED_OUT), null, Use.NONE),
    SHIPPED(Set.of(SampleStatus.RESERVED), SampleStatus.SHIPPED, Use.USES),
    CONSUMED(Set.of(SampleStatus.AVAILABLE, SampleStatus.CHECKED_OUT), SampleStatus.CONSUMED, Use.USES),
    DESTROYED(EnumSet.of(SampleStatus.EXPECTED, SampleStatus.AVAILABLE, SampleStatus.RESERVED, SampleStatus.CHECKED_OUT, SampleStatus.MISSING),
            SampleStatus.DESTROYED, Use.NONE),
    MISSING(Set.of(SampleStatus.EXPECTED, SampleStatus.AVAILABLE, SampleStatus.RESERVED, SampleStatus.CHECKED_OUT), SampleStatus.MISSING, Use.NONE),
    FOUND(Set.of(SampleStatus.MISSING), SampleStatus.AVAILABLE, Use.NONE),
    QC_RESULT(Set.of(SampleStatus.AVAILABLE, SampleStatus.RESERVED, SampleStatus.CHECKED_OUT), null, Use.NONE),
    BLOCKED(EnumSet.allOf(SampleStatus.class), null, Use.NONE),
    RESERVED(Set.of(SampleStatus.AVAILABLE), SampleStatus.RESERVED, Use.USES),
    RELEASED(Set.of(SampleStatus.RESERVED), SampleStatus.AVAILABLE, Use.NONE);

    /** The events a technician records as such; the others come with an action of their own (store, aliquot, ...). */
    public static final Set<CustodyEvent> RECORDED_DIRECTLY = EnumSet.of(RECEIVED, PROCESSED, CHECKED_OUT, RETURNED,
            THAWED, CONSUMED, DESTROYED, MISSING, FOUND, QC_RESULT);

    private enum Use { USES, NONE }

    private final Set<SampleStatus> from;
    private final SampleStatus to;
    private final Use use;

    CustodyEvent(Set<SampleStatus> from, SampleStatus to, Use use) {
        this.from = from;
        this.to = to;
        this.use = use;
    }

    public boolean allowedFrom(SampleStatus status) {
        return from.contains(status);
    }

    /** The status after the event, given the status before. */
    public SampleStatus statusAfter(SampleStatus before) {
        return to == null ? before : to;
    }

    /** Puts the material to use: refused for a sample blocked by a withdrawal ("no further use"). */
    public boolean usesMaterial() {
        return use == Use.USES;
    }

    /** Needs a reason or result in words: why it was destroyed, what the QC found, where it went missing. */
    public boolean needsDetail() {
        return this == DESTROYED || this == MISSING || this == QC_RESULT;
    }

    /** Takes the tube out of its box: it is no longer where the box says. */
    public boolean leavesStorage() {
        return to == SampleStatus.CHECKED_OUT || to == SampleStatus.SHIPPED || to == SampleStatus.CONSUMED
                || to == SampleStatus.DESTROYED || to == SampleStatus.MISSING;
    }
}
