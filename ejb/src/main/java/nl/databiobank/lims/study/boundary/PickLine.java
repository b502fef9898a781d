package nl.databiobank.lims.study.boundary;

/**
 * One tube to fetch for a request, where it is; {@code position} is null for a tube in no box.
 * {@code order} sorts by freezer, rack, box and position, the way a technician walks the freezers.
 */
public record PickLine(String barcode, String sampleType, String freezer, String rack, String box, String boxBarcode,
                       String position, String state, String order) {
}
