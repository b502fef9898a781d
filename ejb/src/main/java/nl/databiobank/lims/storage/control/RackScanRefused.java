package nl.databiobank.lims.storage.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rack-scanner file, or a placement from one, that is refused whole: rule 8 of DESIGN.md, nothing
 * half-done. It lists every problem found, not just the first, so that the technician fixes the file
 * or rescans the rack once.
 */
public class RackScanRefused extends IllegalArgumentException {

    private final transient List<RackScanProblem> problems;

    public RackScanRefused(List<RackScanProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order of the file's lines. */
    public List<RackScanProblem> problems() {
        return problems;
    }

    private static String summary(List<RackScanProblem> problems) {
        return "Rack-scanner file refused: " + problems.stream().map(RackScanProblem::toString)
                .collect(Collectors.joining("; "));
    }
}
