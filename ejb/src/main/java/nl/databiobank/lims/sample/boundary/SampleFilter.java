package nl.databiobank.lims.sample.boundary;

/** A search over samples; null fields do not filter. */
public record SampleFilter(String type, String status, String participant, Boolean stored, int limit, int offset) {
}
