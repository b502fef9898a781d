package nl.databiobank.lims.storage.entity;

/** The levels of the storage tree, top down; boxes hang below racks. */
public enum StorageKind {
    SITE,
    ROOM,
    FREEZER,
    RACK;

    /** The kind a unit of this kind must hang under; null for a site. */
    public StorageKind parentKind() {
        return this == SITE ? null : values()[ordinal() - 1];
    }

    public boolean hasBarcode() {
        return this == FREEZER || this == RACK;
    }

    /** F for freezers, R for racks. */
    public String barcodePrefix() {
        return switch (this) {
            case FREEZER -> "F";
            case RACK -> "R";
            default -> null;
        };
    }
}
