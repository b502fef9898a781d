package nl.databiobank.lims.label.boundary;

/**
 * A network label printer as an ADMIN enters it.
 *
 * @param port   raw TCP port; 9100 when not given
 * @param dpi    203 or 300; 203 when not given
 * @param active false takes it out of use without losing it
 */
public record NewLabelPrinter(String name, String host, Integer port, Integer dpi, Boolean active) {
}
