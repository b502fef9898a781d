package nl.databiobank.lims.label.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.InvalidInputException;

/** How labels are handed out: an image of one label, a PDF sheet, or ZPL for a Zebra printer. */
public enum LabelFormat {
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf"),
    ZPL("text/plain; charset=US-ASCII", "zpl");

    private final String mediaType;
    private final String extension;

    LabelFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format asked for in the {@code format} parameter, one of {@code allowed}; PDF when none
     * was given. 400 naming {@code format} otherwise.
     */
    public static LabelFormat parse(String text, LabelFormat... allowed) {
        if (text == null || text.isBlank()) {
            return PDF;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(allowed).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "label.format.unknown", text.strip(),
                        Arrays.stream(allowed).map(LabelFormat::extension).collect(Collectors.joining(", "))));
    }
}
