package nl.databiobank.lims.platform.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a barcode names, told by its prefix (rule 1: one barcode names one thing for ever, and a
 * sample's never looks like a container's).
 */
public enum BarcodeKind {
    SAMPLE("S", 9, "sample_number_seq"),
    KIT_TUBE("K", 0, null),
    BOX("B", 7, "container_number_seq"),
    RACK("R", 7, "container_number_seq"),
    FREEZER("F", 7, "container_number_seq"),
    PARTICIPANT("P", 6, null);

    private final String prefix;
    private final int digits;
    private final String sequence;

    BarcodeKind(String prefix, int digits, String sequence) {
        this.prefix = prefix;
        this.digits = digits;
        this.sequence = sequence;
    }

    public static Optional<BarcodeKind> ofPrefix(String prefix) {
        return Arrays.stream(values()).filter(kind -> kind.prefix.equals(prefix)).findFirst();
    }

    /** Tubes: a new sample barcode, or a pre-labelled kit tube's. */
    public boolean isSample() {
        return this == SAMPLE || this == KIT_TUBE;
    }

    public String prefix() {
        return prefix;
    }

    /** The width of numbers this application hands out; 0 when it never does (kit tubes come printed). */
    public int digits() {
        return digits;
    }

    /** The database sequence that never hands out a number twice; null when the application makes none. */
    public String sequence() {
        return sequence;
    }
}
