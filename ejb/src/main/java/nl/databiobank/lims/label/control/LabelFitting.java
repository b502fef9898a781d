package nl.databiobank.lims.label.control;

import java.util.List;
import nl.databiobank.lims.barcode.label.Label;
import nl.databiobank.lims.barcode.label.LabelDoesNotFitException;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.label.LabelPlanner;

/**
 * Fits labels to a layout that has room for fewer text lines than a label carries: the lines
 * come most important first, so the last ones are left off. A barcode or identifier that does
 * not fit is not helped by that; its {@link LabelDoesNotFitException} goes to the caller.
 */
public final class LabelFitting {

    private LabelFitting() {
    }

    public static List<Label> fit(List<Label> labels, LabelLayout layout, int dpi) {
        return labels.stream().map(label -> fit(label, layout, dpi)).toList();
    }

    public static Label fit(Label label, LabelLayout layout, int dpi) {
        Label fitted = label;
        while (true) {
            try {
                LabelPlanner.plan(layout, fitted, dpi);
                return fitted;
            } catch (LabelDoesNotFitException e) {
                if (fitted.lines().isEmpty()) {
                    throw e;
                }
                fitted = new Label(fitted.identifier(), fitted.lines().subList(0, fitted.lines().size() - 1));
            }
        }
    }

    /** How many of {@code label}'s lines the layout prints; the refusal when not even its identifier fits. */
    public static int linesThatFit(Label label, LabelLayout layout, int dpi) {
        return fit(label, layout, dpi).lines().size();
    }
}
