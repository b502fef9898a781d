package nl.databiobank.lims.consent.boundary;

/** The outcome of an import that went through: every row of the sheet is now a recorded consent. */
public record ImportReport(int imported) {
}
