package nl.databiobank.lims.storage.boundary;

import java.util.List;

/** What placing a whole box from a rack-scanner file did, tube by tube. */
public record RackPlaced(String box, List<Stored> tubes) {

    public long count(Stored.Outcome outcome) {
        return tubes.stream().filter(t -> t.outcome() == outcome).count();
    }
}
