package nl.databiobank.lims.label.boundary;

/** The body of {@code POST .../print}: the printer's name, and optionally a layout's. */
public record PrintJson(String printer, String layout) {
}
