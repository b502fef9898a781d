package nl.databiobank.lims.label.boundary;

import java.util.Locale;

/**
 * How labels are asked for; every part may be left out.
 *
 * @param layout the name of a label layout; the default of the label's purpose when null
 * @param dpi    resolution of ZPL made for download (203 or 300; 203 when null)
 * @param start  position on the first PDF sheet to start at, 1-based, so a half-used sheet can be fed again
 * @param locale language of the sample type's name
 */
public record LabelOptions(String layout, Integer dpi, Integer start, Locale locale) {

    public static LabelOptions defaults() {
        return new LabelOptions(null, null, null, Locale.ENGLISH);
    }
}
