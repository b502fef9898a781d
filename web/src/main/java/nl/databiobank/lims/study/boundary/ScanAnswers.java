package nl.databiobank.lims.study.boundary;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import nl.databiobank.lims.scan.boundary.ScanResult;

/** The answer to the last scan, green or red, and the few before it, as the scan page keeps them. */
final class ScanAnswers implements Serializable {

    private static final int HISTORY = 6;

    private ScanResult last;
    private final Deque<ScanResult> earlier = new ArrayDeque<>();

    void ok(String text) {
        add(new ScanResult(true, text));
    }

    void refused(String text) {
        add(new ScanResult(false, text));
    }

    private void add(ScanResult answer) {
        if (last != null) {
            earlier.addFirst(last);
            while (earlier.size() > HISTORY) {
                earlier.removeLast();
            }
        }
        last = answer;
    }

    ScanResult last() {
        return last;
    }

    List<ScanResult> earlier() {
        return List.copyOf(earlier);
    }
}
