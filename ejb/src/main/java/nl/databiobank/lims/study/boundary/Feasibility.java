package nl.databiobank.lims.study.boundary;

/** How many participants and samples match a request: counts only, below five shown as "&lt; 5". */
public record Feasibility(String participants, String samples) {
}
