package nl.databiobank.lims.platform.control;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of a sheet as the user sees it: its number in Excel (1 is the header) and the text of
 * every non-empty cell by its column header, looked up regardless of case ("Signed_On" works).
 */
public record SheetRow(int number, Map<String, String> cells) {

    public SheetRow {
        Map<String, String> byHeader = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byHeader.putAll(cells);
        cells = Collections.unmodifiableMap(byHeader);
    }

    /** The trimmed text of the cell under {@code header}, or null when the cell is empty or absent. */
    public String value(String header) {
        return cells.get(header);
    }
}
