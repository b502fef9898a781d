package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;

/** The answer to one scan, green ({@code ok}) or red, in the user's language. */
public record ScanResult(boolean ok, String text) implements Serializable {
}
