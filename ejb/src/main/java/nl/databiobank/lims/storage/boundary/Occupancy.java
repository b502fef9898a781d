package nl.databiobank.lims.storage.boundary;

/** How full a freezer, rack or box is: positions in its boxes, and how many hold a tube. */
public record Occupancy(String barcode, String name, String kind, long boxes, long capacity, long occupied) {

    public long free() {
        return capacity - occupied;
    }
}
