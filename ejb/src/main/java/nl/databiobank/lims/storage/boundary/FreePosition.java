package nl.databiobank.lims.storage.boundary;

/** Where the next tube can go: a box and a free position in it. */
public record FreePosition(String box, String position) {
}
