package nl.databiobank.lims.storage.entity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in a box's grid: row letter and column number, both from 1, named {@code A1}.
 * Rack scanners write columns with two digits ({@code A01}); that is read as the same position.
 */
public record GridPosition(int row, int column) {

    public static final int MAX_ROWS = 26;
    public static final int MAX_COLUMNS = 99;
    private static final Pattern NAME = Pattern.compile("([A-Z])\\s*0*([0-9]{1,2})");

    public GridPosition {
        if (row < 1 || row > MAX_ROWS || column < 1 || column > MAX_COLUMNS) {
            throw new IllegalArgumentException("No such position: row " + row + ", column " + column);
        }
    }

    /** Reads {@code A1}, {@code a01} or {@code H12}; null when the text is no position name at all. */
    public static GridPosition parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = NAME.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        int column = Integer.parseInt(matcher.group(2));
        if (column < 1) {
            return null;
        }
        return new GridPosition(matcher.group(1).charAt(0) - 'A' + 1, column);
    }

    /** The position named by a row letter and a column number, as rack-scanner files give them apart. */
    public static GridPosition parseOrNull(String rowLetter, String columnNumber) {
        if (rowLetter == null || columnNumber == null) {
            return null;
        }
        return parseOrNull(rowLetter.strip() + columnNumber.strip());
    }

    /** Whether this position lies in a grid of {@code rows} × {@code columns}. */
    public boolean fits(int rows, int columns) {
        return row <= rows && column <= columns;
    }

    /** {@code A1}, {@code H12}: the name shown to people and in the API. */
    public String name() {
        return (char) ('A' + row - 1) + Integer.toString(column);
    }

    @Override
    public String toString() {
        return name();
    }
}
