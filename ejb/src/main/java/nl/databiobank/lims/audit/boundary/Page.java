package nl.databiobank.lims.audit.boundary;

import java.util.List;

/** One page of a longer result, with the total that matches the filter. */
public record Page<T>(long total, List<T> items) {
}
