package nl.databiobank.lims.storage.boundary;

/** What a store did: stored anew, moved from elsewhere, or nothing because the tube was there already. */
public record Stored(String sample, String box, String position, String movedFrom, Outcome outcome) {

    public enum Outcome { STORED, MOVED, ALREADY_THERE }
}
