package nl.databiobank.lims.storage.boundary;

import java.util.List;
import nl.databiobank.lims.storage.entity.Box;

/** A box and what is in it, position by position (empty positions with a null sample). */
public record BoxContents(Box box, List<Slot> slots) {

    /** One position of the grid; sample fields are null when it is free. */
    public record Slot(String position, String sample, String status, String type, boolean blocked) {

        public boolean isFree() {
            return sample == null;
        }
    }

    public long occupied() {
        return slots.stream().filter(slot -> !slot.isFree()).count();
    }
}
