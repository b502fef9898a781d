package nl.databiobank.lims.storage.boundary;

import java.util.List;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.storage.control.RackScanProblem;

/**
 * A rack-scanner file that cannot be used: nothing was placed (the transaction rolls back), and
 * every problem is listed with its line, e.g. {@code "line 14: tube"}, so it is corrected in one go.
 */
public class RackScanRejected extends LimsException {

    private final transient List<RackScanProblem> problems;

    public RackScanRejected(List<RackScanProblem> problems) {
        super("rackScan.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<RackScanProblem> problems() {
        return problems;
    }

    @Override
    public List<FieldError> fieldErrors() {
        return problems.stream()
                .map(p -> new FieldError("line " + p.line() + ": " + p.field(), p.key(), p.arguments()))
                .toList();
    }
}
