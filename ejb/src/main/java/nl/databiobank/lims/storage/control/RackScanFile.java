package nl.databiobank.lims.storage.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.databiobank.lims.barcode.IdentifierScheme;
import nl.databiobank.lims.barcode.Validation;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * Reads the export of a 2D rack scanner, which places or verifies a whole box at once. The file is
 * taken whole or not at all (DESIGN.md rule 8): every problem in it is collected, each with its line,
 * and one {@link RackScanRefused} carries them all, so a technician never ends up with half a box.
 * See {@link RackScanHeader} for the shapes read.
 */
public final class RackScanFile {

    /** Header lines may follow a few lines of preamble: a rack barcode, VisionMate's "Date:" and "Rack:". */
    static final int MAX_LINES_BEFORE_HEADER = 5;
    private static final Set<String> RACK_LABELS = Set.of("rack", "rackid", "rackbarcode");
    /** The longest text of a file quoted back in a message, so that a wrong file cannot flood the report. */
    private static final int MAX_SHOWN = 40;
    /** The longest explanation of a barcode module, which quotes the text it explains. */
    private static final int MAX_EXPLANATION = 200;

    private RackScanFile() {
    }

    /** Reads {@code file} for a box of {@code rows} × {@code columns}, accepting any well-formed identifier as a tube. */
    public static RackScan read(byte[] file, int rows, int columns) {
        return read(file, rows, columns, IdentifierScheme.ANY);
    }

    /**
     * Reads {@code file} for a box of {@code rows} × {@code columns}; a tube barcode must pass {@code tubes}.
     *
     * @throws RackScanRefused with every problem of the file, when it has any
     */
    public static RackScan read(byte[] file, int rows, int columns, IdentifierScheme tubes) {
        if (rows < 1 || rows > GridPosition.MAX_ROWS || columns < 1 || columns > GridPosition.MAX_COLUMNS) {
            throw new IllegalArgumentException("No box has " + rows + " × " + columns + " positions");
        }
        return new Reading(rows, columns, tubes).read(NumberedLines.of(file).iterator());
    }

    /** The state of reading one file: what was found so far and what is wrong with it. */
    private static final class Reading {

        private final int rows;
        private final int columns;
        private final IdentifierScheme scheme;
        private final List<RackScanProblem> problems = new ArrayList<>();
        private final List<ScannedTube> tubes = new ArrayList<>();
        private final Map<GridPosition, Integer> lineOfPosition = new HashMap<>();
        private final Map<String, Integer> lineOfTube = new HashMap<>();
        private int headerLine;
        private String preambleRack;
        private String rackBarcode;
        private int rackLine;

        Reading(int rows, int columns, IdentifierScheme scheme) {
            this.rows = rows;
            this.columns = columns;
            this.scheme = scheme;
        }

        RackScan read(Iterator<NumberedLines.Line> lines) {
            RackScanHeader header = header(lines);
            int tubeLines = 0;
            while (lines.hasNext()) {
                NumberedLines.Line line = lines.next();
                if (line.isBlank()) {
                    continue;
                }
                if (++tubeLines > rows * columns) {
                    problems.add(new RackScanProblem(line.number(), RackScanProblem.FILE, "rackScan.file.tooLong",
                            rows * columns, rows, columns));
                    break;
                }
                tubeLine(header, line);
            }
            if (tubeLines == 0) {
                problems.add(new RackScanProblem(headerLine, RackScanProblem.FILE, "rackScan.file.empty"));
            }
            if (!problems.isEmpty()) {
                throw new RackScanRefused(problems);
            }
            return new RackScan(rackBarcode != null ? rackBarcode : preambleRack, tubes);
        }

        /** Finds the header among the first lines; what stands above it may name the rack. */
        private RackScanHeader header(Iterator<NumberedLines.Line> lines) {
            int firstLine = 0;
            int looked = 0;
            while (lines.hasNext() && looked < MAX_LINES_BEFORE_HEADER) {
                NumberedLines.Line line = lines.next();
                if (line.isBlank()) {
                    continue;
                }
                looked++;
                if (firstLine == 0) {
                    firstLine = line.number();
                }
                Optional<RackScanHeader> header = RackScanHeader.recognise(line.text());
                if (header.isPresent()) {
                    headerLine = line.number();
                    return header.get();
                }
                preamble(line.text());
            }
            String key = firstLine == 0 ? "rackScan.file.empty" : "rackScan.shape.unknown";
            throw new RackScanRefused(List.of(new RackScanProblem(Math.max(firstLine, 1), RackScanProblem.FILE, key)));
        }

        /**
         * A line above the header: the plain shape's rack barcode on a line of its own ("B0000000422"),
         * or a labelled one ("Rack: B0000000422", "Rack ID;B0000000422"). Other labels ("Date: …") are no rack.
         */
        private void preamble(String text) {
            if (preambleRack != null) {
                return;
            }
            char separator = text.indexOf(';') >= 0 ? ';' : text.indexOf('\t') >= 0 ? '\t' : ',';
            List<String> fields = new ArrayList<>(CsvFields.split(text, separator));
            fields.removeIf(String::isEmpty);
            if (fields.isEmpty()) {
                return;
            }
            String first = fields.get(0);
            int colon = first.indexOf(':');
            String label = colon >= 0 ? first.substring(0, colon) : fields.size() > 1 ? first : null;
            String value = colon >= 0 ? first.substring(colon + 1) : label == null ? first : "";
            if (value.isBlank() && fields.size() > 1) {
                value = fields.get(1);
            }
            if (label != null && !RACK_LABELS.contains(RackScanHeader.canonical(label))) {
                return;
            }
            String rack = ScannedTube.normalised(value);
            if (!rack.isEmpty()) {
                preambleRack = rack;
            }
        }

        private void tubeLine(RackScanHeader header, NumberedLines.Line line) {
            List<String> fields = CsvFields.split(line.text(), header.separator());
            GridPosition position = position(header, fields, line.number());
            ScannedTube tube = tube(header.tube(fields), position, line.number());
            rack(header.rack(fields), line.number());
            if (tube != null) {
                tubes.add(tube);
            }
        }

        /** The position of the line, or null when it has none in this box (a problem is then noted). */
        private GridPosition position(RackScanHeader header, List<String> fields, int line) {
            GridPosition position = header.position(fields);
            if (position == null) {
                problems.add(new RackScanProblem(line, RackScanProblem.POSITION, "rackScan.position.invalid",
                        shown(header.positionText(fields), MAX_SHOWN)));
                return null;
            }
            if (!position.fits(rows, columns)) {
                problems.add(new RackScanProblem(line, RackScanProblem.POSITION, "rackScan.position.outsideBox",
                        position.name(), rows, columns, new GridPosition(rows, columns).name()));
                return null;
            }
            Integer earlier = lineOfPosition.putIfAbsent(position, line);
            if (earlier != null) {
                problems.add(new RackScanProblem(line, RackScanProblem.POSITION, "rackScan.position.twice",
                        position.name(), earlier));
                return null;
            }
            return position;
        }

        /** What the scanner saw at {@code position}; null when the line has a problem or no position. */
        private ScannedTube tube(String text, GridPosition position, int line) {
            ScanWord word = ScanWord.of(text);
            if (word == ScanWord.NO_TUBE) {
                return position == null ? null : ScannedTube.empty(line, position);
            }
            if (word == ScanWord.NO_READ) {
                return position == null ? null : ScannedTube.unreadable(line, position);
            }
            String barcode = ScannedTube.normalised(text);
            Validation validation = scheme.validate(barcode);
            if (validation instanceof Validation.Invalid invalid) {
                problems.add(new RackScanProblem(line, RackScanProblem.TUBE, "rackScan.tube.invalid",
                        shown(barcode, MAX_SHOWN), shown(invalid.message(), MAX_EXPLANATION), invalid.reason()));
                return null;
            }
            Integer earlier = lineOfTube.putIfAbsent(barcode, line);
            if (earlier != null) {
                problems.add(new RackScanProblem(line, RackScanProblem.TUBE, "rackScan.tube.twice", barcode, earlier));
                return null;
            }
            return position == null ? null : ScannedTube.read(line, position, barcode);
        }

        /** A file's rack column names one rack: tubes of two racks in one box would be a silent mix-up. */
        private void rack(String text, int line) {
            if (ScanWord.of(text) != ScanWord.BARCODE) {
                return;
            }
            String rack = ScannedTube.normalised(text);
            if (rackBarcode == null) {
                rackBarcode = rack;
                rackLine = line;
            } else if (!rackBarcode.equals(rack)) {
                problems.add(new RackScanProblem(line, RackScanProblem.RACK, "rackScan.rack.differs",
                        shown(rack, MAX_SHOWN), shown(rackBarcode, MAX_SHOWN), rackLine));
            }
        }

        private static String shown(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }
    }
}
