package nl.databiobank.lims.sample.boundary;

import java.util.List;

/** One page of a sample search, with the count of all matches. */
public record SamplePage(List<SampleSummary> items, long total) {
}
