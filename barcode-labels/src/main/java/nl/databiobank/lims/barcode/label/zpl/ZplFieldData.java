package nl.databiobank.lims.barcode.label.zpl;

import java.nio.charset.StandardCharsets;

/**
 * Field data made safe for ZPL: {@code ^} and {@code ~} would start commands inside a label's
 * text, so they, the hex indicator {@code _} itself and every non-ASCII byte are written as
 * {@code _XX} escapes, read by the printer because every field is preceded by {@code ^FH_}.
 * The result is plain ASCII whatever the text; {@code ^CI28} makes the printer read the
 * escaped bytes as UTF-8.
 */
final class ZplFieldData {

    private ZplFieldData() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xFF;
            if (value == '^' || value == '~' || value == '_' || value < 0x20 || value > 0x7E) {
                out.append('_').append(Character.toUpperCase(Character.forDigit(value >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(value & 0xF, 16)));
            } else {
                out.append((char) value);
            }
        }
        return out.toString();
    }
}
