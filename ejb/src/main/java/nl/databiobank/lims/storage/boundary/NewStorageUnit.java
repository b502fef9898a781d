package nl.databiobank.lims.storage.boundary;

/**
 * A site, room, freezer or rack to add: under {@code parent} (its barcode for a freezer, else its
 * id), with a temperature class for a freezer. Freezers and racks get a new barcode.
 */
public record NewStorageUnit(String kind, String parent, String name, String temperatureClass) {
}
