package nl.databiobank.lims.storage.boundary;

/** A box with room left, and where it stands. */
public record FreeBox(String barcode, String boxType, long freePositions, String rack, String freezer) {
}
