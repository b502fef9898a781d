package nl.databiobank.lims.sample.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A SPREC code that cannot be made from what was recorded and typed: a hand-entered value where the
 * facts already decide, a code the standard does not have, times in an impossible order. Carries
 * every problem at once, each tied to its element, so the service can show them as field errors
 * ({@link Problem#field()}) instead of one message at a time.
 */
public class SprecRefused extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    SprecRefused(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.key()).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One thing wrong with one element (1 to 7): a message key and its arguments. */
    public record Problem(int element, String key, Object... arguments) {

        /** The form field the problem belongs to, {@code sprec.1} to {@code sprec.7}. */
        public String field() {
            return "sprec." + element;
        }
    }
}
