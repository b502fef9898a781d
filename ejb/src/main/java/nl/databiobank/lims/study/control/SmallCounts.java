package nl.databiobank.lims.study.control;

/**
 * Feasibility counts go to researchers, who may not see participant-level data: a count below
 * {@link #THRESHOLD} could single someone out, so it is shown as "&lt; 5" and never as the number.
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;

    private SmallCounts() {
    }

    public static String shown(long count) {
        return count < THRESHOLD ? "< " + THRESHOLD : Long.toString(count);
    }
}
