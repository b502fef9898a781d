package nl.databiobank.lims.barcode.label.zpl;

/** The print-head resolutions of the Zebra printers a biobank uses for labels. */
public enum PrinterResolution {
    /** 8 dots per mm. */
    DPI_203(203),
    /** 12 dots per mm. */
    DPI_300(300);

    private final int dpi;

    PrinterResolution(int dpi) {
        this.dpi = dpi;
    }

    public int dpi() {
        return dpi;
    }

    /** The resolution with {@code dpi} dots per inch. */
    public static PrinterResolution of(int dpi) {
        for (PrinterResolution resolution : values()) {
            if (resolution.dpi == dpi) {
                return resolution;
            }
        }
        throw new IllegalArgumentException("Zebra label printers print at 203 or 300 dpi, not " + dpi);
    }
}
