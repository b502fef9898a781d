package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;

/**
 * What scanning a tube into the open box did, and the box afterwards. {@code position} is where the tube
 * is now (for {@link Outcome#ALREADY_IN_BOX} where it was already); {@code movedFrom} names the place it
 * left when it was moved.
 */
public record Placement(Outcome outcome, String sample, String position, String movedFrom, BoxGrid grid)
        implements Serializable {

    public enum Outcome {
        /** Stored at the position. */
        STORED,
        /** Moved to the position from another box or position. */
        MOVED,
        /** The tube was at the chosen position already. */
        ALREADY_THERE,
        /** Nothing done: the tube sits elsewhere in this box and no position was chosen (a double scan). */
        ALREADY_IN_BOX,
        /** Nothing done: the box has no free position. */
        BOX_FULL
    }
}
