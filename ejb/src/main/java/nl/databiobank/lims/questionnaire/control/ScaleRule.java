package nl.databiobank.lims.questionnaire.control;

import java.util.List;
import java.util.Objects;

/** One scale: its code (for example {@code PF2}), how it is scored, and which items it averages. */
public record ScaleRule(String code, ScaleKind kind, List<Integer> items) {

    public ScaleRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Scale " + code + " has no items");
        }
        if (items.stream().distinct().count() != items.size()) {
            throw new IllegalArgumentException("Scale " + code + " names an item twice: " + items);
        }
    }
}
