package nl.databiobank.lims.study.boundary;

import java.io.Serializable;

/** Feasibility counts as a view keeps them between requests (the ejb record is not serializable). */
public record FeasibilityCounts(String participants, String samples) implements Serializable {

    static FeasibilityCounts of(Feasibility feasibility) {
        return new FeasibilityCounts(feasibility.participants(), feasibility.samples());
    }
}
