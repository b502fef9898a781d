package nl.databiobank.lims.study.boundary;

/** What it takes to register a study; its status starts as DRAFT. */
public record NewStudy(String code, String title, String principalInvestigator, String institution, String summary) {
}
