package nl.databiobank.lims.storage.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * The header line of a rack-scanner file, which tells its shape, its separator and where its columns
 * are. Two shapes are read:
 * <ul>
 *   <li>Thermo Scientific VisionMate: {@code LocationRow} and {@code LocationColumn} (or, failing
 *       those, {@code LocationCell}) and {@code TubeCode}. VisionMate lets the user pick and order
 *       its columns, and adds {@code Date}, {@code Time} and {@code RackID} by default, e.g.
 *       {@code Date,Time,LocationCell,LocationColumn,LocationRow,TubeCode,RackID};</li>
 *   <li>plain: {@code Position} and {@code Tube ID}, the rack barcode on the line above.</li>
 * </ul>
 * Header names are matched regardless of case, spaces and underscores ({@code TUBE_ID} is
 * {@code Tube ID}); any other column is left alone. The separator is a comma, a semicolon (Excel
 * with Dutch settings) or a tab (VisionMate's own text export).
 */
final class RackScanHeader {

    enum Shape { VISIONMATE, PLAIN }

    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final List<String> RACK_COLUMNS = List.of("rackid", "rackbarcode", "rack");
    private static final int ABSENT = -1;

    private final Shape shape;
    private final char separator;
    private final int row;
    private final int column;
    private final int cell;
    private final int tube;
    private final int rack;

    private RackScanHeader(Shape shape, char separator, Map<String, Integer> columns) {
        this.shape = shape;
        this.separator = separator;
        this.row = columns.getOrDefault("locationrow", ABSENT);
        this.column = columns.getOrDefault("locationcolumn", ABSENT);
        this.cell = columns.getOrDefault(shape == Shape.VISIONMATE ? "locationcell" : "position", ABSENT);
        this.tube = columns.get(shape == Shape.VISIONMATE ? "tubecode" : "tubeid");
        this.rack = RACK_COLUMNS.stream().filter(columns::containsKey).findFirst().map(columns::get).orElse(ABSENT);
    }

    /** The header this line is, or empty when it is none that this reader knows. */
    static Optional<RackScanHeader> recognise(String line) {
        for (char separator : SEPARATORS) {
            Map<String, Integer> columns = columns(CsvFields.split(line, separator));
            if (columns.containsKey("tubecode") && (columns.containsKey("locationcell")
                    || columns.containsKey("locationrow") && columns.containsKey("locationcolumn"))) {
                return Optional.of(new RackScanHeader(Shape.VISIONMATE, separator, columns));
            }
            if (columns.containsKey("position") && columns.containsKey("tubeid")) {
                return Optional.of(new RackScanHeader(Shape.PLAIN, separator, columns));
            }
        }
        return Optional.empty();
    }

    /** A header name as it is matched: lower case, without spaces, underscores and the like. */
    static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, Integer> columns(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(canonical(names.get(i)), i);
        }
        return columns;
    }

    Shape shape() {
        return shape;
    }

    char separator() {
        return separator;
    }

    /** The position as the line names it, for a message when it is no position: "A01", or "A" and "1" as "A1". */
    String positionText(List<String> fields) {
        if (row != ABSENT && column != ABSENT) {
            return field(fields, row) + field(fields, column);
        }
        return field(fields, cell);
    }

    /** The position the line names, or null when it names none. */
    GridPosition position(List<String> fields) {
        if (row != ABSENT && column != ABSENT) {
            return GridPosition.parseOrNull(field(fields, row), field(fields, column));
        }
        return GridPosition.parseOrNull(field(fields, cell));
    }

    /** The tube field as written, trimmed; empty when the line stops short of it. */
    String tube(List<String> fields) {
        return field(fields, tube);
    }

    /** The rack field, trimmed; empty when the file has no rack column or the line stops short of it. */
    String rack(List<String> fields) {
        return rack == ABSENT ? "" : field(fields, rack);
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}
