package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;

/** One position of a box's grid and its occupant; the occupant's fields are null when it is free. */
public record Cell(String position, String sample, String status, String type, boolean blocked) implements Serializable {

    public boolean isFree() {
        return sample == null;
    }
}
