package nl.databiobank.lims.storage.control;

import java.util.Arrays;
import java.util.Locale;
import nl.databiobank.lims.platform.boundary.LimsException;

/**
 * One thing wrong with a rack-scanner file: the line as a text editor numbers it, what on that line
 * ({@code file}, {@code position}, {@code tube} or {@code rack}), and why, as a message key of the
 * {@code errors} bundle with its arguments.
 */
public record RackScanProblem(int line, String field, String key, Object... arguments) {

    public static final String FILE = "file";
    public static final String POSITION = "position";
    public static final String TUBE = "tube";
    public static final String RACK = "rack";

    public String message(Locale locale) {
        return LimsException.format(locale, key, arguments);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + field + " " + key + Arrays.toString(arguments);
    }
}
