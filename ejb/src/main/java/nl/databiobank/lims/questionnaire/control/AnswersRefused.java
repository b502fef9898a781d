package nl.databiobank.lims.questionnaire.control;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers that cannot be scored: an answer outside its item's response scale, or an item the
 * questionnaire does not have. Every problem is listed, not only the first, so that a nurse or an
 * import report can name each bad item at once; each is a message key with its arguments for the
 * boundary to translate.
 */
public class AnswersRefused extends IllegalArgumentException {

    public static final String OUT_OF_RANGE = "questionnaire.answer.outOfRange";
    public static final String UNKNOWN_ITEM = "questionnaire.item.unknown";

    private final transient List<Problem> problems;

    public AnswersRefused(List<Problem> problems) {
        super("Answers refused: " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("Answers refused without a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, by item number. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * What is wrong with one item: a message key ({@link #OUT_OF_RANGE}, {@link #UNKNOWN_ITEM}) and its
     * arguments. Equality compares the arguments' contents, so tests and callers can compare problems.
     */
    public record Problem(int item, String key, Object... arguments) {

        public Problem {
            arguments = arguments.clone();
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Problem problem && item == problem.item && key.equals(problem.key)
                    && Arrays.equals(arguments, problem.arguments);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * item + key.hashCode()) + Arrays.hashCode(arguments);
        }

        @Override
        public String toString() {
            return "item " + item + " " + key + " " + Arrays.toString(arguments);
        }
    }
}
