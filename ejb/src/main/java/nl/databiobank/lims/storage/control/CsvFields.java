package nl.databiobank.lims.storage.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a CSV file into its fields: a field may be quoted ({@code "A01"}), a quoted field
 * may hold the separator, and {@code ""} inside quotes is one quote. Fields are trimmed, as spreadsheet
 * exports pad them. A quote left open runs to the end of the line: a rack-scanner file has no field
 * that spans lines, so line numbers stay those of the file.
 */
final class CsvFields {

    private CsvFields() {
    }

    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
