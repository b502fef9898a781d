package nl.databiobank.lims.questionnaire.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * All the scoring engine needs to know of one version of a questionnaire: its items with their
 * response scales, its scales, and optionally a summary score. It is data (read from the database), so
 * a new EORTC module is a new definition, not new code. It is checked when made, so that a definition
 * that cannot be scored (a scale over an unknown item, a scale mixing response scales, a summary over
 * an unknown scale) is refused when loaded rather than when a patient's answers come in.
 */
public record ScoringDefinition(String code, String version, List<ItemRange> items, List<ScaleRule> scales,
                                SummaryRule summary) {

    public ScoringDefinition {
        Objects.requireNonNull(code, "code");
        items = List.copyOf(items);
        scales = List.copyOf(scales);
        List<String> problems = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        items.stream().filter(item -> !numbers.add(item.number()))
                .forEach(item -> problems.add("item " + item.number() + " is defined twice"));
        Set<String> codes = new HashSet<>();
        for (ScaleRule scale : scales) {
            if (!codes.add(scale.code())) {
                problems.add("scale " + scale.code() + " is defined twice");
            }
            scale.items().stream().filter(number -> !numbers.contains(number))
                    .forEach(number -> problems.add("scale " + scale.code() + " names unknown item " + number));
            long responseScales = items.stream().filter(item -> scale.items().contains(item.number()))
                    .map(item -> List.of(item.min(), item.max())).distinct().count();
            if (responseScales > 1) {
                problems.add("scale " + scale.code() + " mixes items with different response scales");
            }
        }
        if (summary != null) {
            if (codes.contains(summary.code())) {
                problems.add("summary " + summary.code() + " has the code of a scale");
            }
            Stream.concat(summary.asIs().stream(), summary.inverted().stream())
                    .filter(scale -> !codes.contains(scale))
                    .forEach(scale -> problems.add("summary " + summary.code() + " names unknown scale " + scale));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Definition " + code + " version " + version + ": "
                    + String.join("; ", problems));
        }
    }

    public Optional<ItemRange> item(int number) {
        return items.stream().filter(item -> item.number() == number).findFirst();
    }

    /** The codes of the results, in the order the scores list them: every scale, then the summary. */
    public List<String> resultCodes() {
        List<String> result = new ArrayList<>(scales.stream().map(ScaleRule::code).toList());
        if (summary != null) {
            result.add(summary.code());
        }
        return result;
    }
}
