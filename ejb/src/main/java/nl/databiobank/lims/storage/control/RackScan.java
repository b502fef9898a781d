package nl.databiobank.lims.storage.control;

import java.util.List;

/**
 * A rack-scanner file that was read without a single problem: the rack barcode the file carries, if
 * any, and what the scanner saw at each position, in file order. Whether the rack barcode is the box
 * it is imported into is for the caller to decide.
 *
 * @param rackBarcode the rack barcode (trimmed, upper case) from the file's rack column or from the
 *                    line above its header; null when the file carries none
 * @param tubes       every position the file lists, empty and unreadable ones included
 */
public record RackScan(String rackBarcode, List<ScannedTube> tubes) {

    public RackScan {
        tubes = List.copyOf(tubes);
    }
}
