package nl.databiobank.lims.storage.boundary;

/** A box to add: its type (GRID9X9, ...), the rack it stands in (barcode, may be empty), a name. */
public record NewBox(String boxType, String rack, String name) {
}
