package nl.databiobank.lims.platform.boundary;

/** The outcome of an import that went through: every row of the sheet was saved. */
public record ImportReport(int imported) {
}
