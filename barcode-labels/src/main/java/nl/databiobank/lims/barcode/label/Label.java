package nl.databiobank.lims.barcode.label;

import java.util.List;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.barcode.font.LabelFont;

/**
 * What goes on one label: the identifier (as barcode and as text) and up to four short
 * lines such as sample type, date and study code. Labels leave the biobank's hands, so they
 * carry pseudonymous data only, never a patient's name, hospital number or date of birth.
 */
public record Label(Identifier identifier, List<String> lines) {

    public static final int MAX_LINES = 4;
    /** Longer lines cannot fit on any label size this library knows; they are a caller's mistake. */
    public static final int MAX_LINE_LENGTH = 80;

    public Label {
        if (identifier == null) {
            throw new IllegalArgumentException("A label needs an identifier");
        }
        if (lines == null) {
            lines = List.of();
        }
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("A label holds at most " + MAX_LINES + " text lines; "
                    + identifier + " has " + lines.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            checkLine(identifier, i + 1, lines.get(i));
        }
        lines = lines.stream().map(String::strip).toList();
    }

    public static Label of(Identifier identifier, String... lines) {
        return new Label(identifier, List.of(lines));
    }

    private static void checkLine(Identifier identifier, int number, String line) {
        if (line == null) {
            throw new IllegalArgumentException("Text line " + number + " of label " + identifier + " is missing");
        }
        if (line.length() > MAX_LINE_LENGTH) {
            throw new IllegalArgumentException("Text line " + number + " of label " + identifier + " has "
                    + line.length() + " characters; at most " + MAX_LINE_LENGTH);
        }
        int bad = LabelFont.firstUnprintable(line);
        if (bad >= 0) {
            throw new IllegalArgumentException("Text line " + number + " of label " + identifier + " contains '"
                    + new String(Character.toChars(line.codePointAt(bad))) + "', which label printers cannot print");
        }
    }
}
