package nl.databiobank.lims.label.boundary;

import java.util.List;

/**
 * ZPL made for one printer, to be sent outside the transaction that read what it prints.
 *
 * @param printer  the printer's name
 * @param host     where it listens
 * @param port     its raw TCP port
 * @param zpl      the labels, one {@code ^XA...^XZ} format each
 * @param barcodes the barcodes printed, in order
 */
public record PrintJob(String printer, String host, int port, String zpl, List<String> barcodes) {

    public String address() {
        return host + ":" + port;
    }
}
