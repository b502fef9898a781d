package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;

/**
 * A scanned freezer or rack: where it stands, how full its boxes are, and the next free position in it
 * (null when every box is full).
 */
public record UnitCard(String barcode, String name, String kind, String place, String temperatureClass, long boxes,
                       long capacity, long occupied, String nextFreeBox, String nextFreePosition) implements Serializable {

    public long free() {
        return capacity - occupied;
    }

    /** How full, in whole percents (0 for a unit without boxes). */
    public int percentFull() {
        return capacity == 0 ? 0 : (int) Math.round(100.0 * occupied / capacity);
    }
}
