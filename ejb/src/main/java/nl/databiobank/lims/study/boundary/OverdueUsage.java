package nl.databiobank.lims.study.boundary;

import java.time.LocalDate;

/** Shipped material whose usage report is late: per request, how many samples are still unreported. */
public record OverdueUsage(long requestId, String study, String requestedBy, String recipient, LocalDate shippedOn,
                           LocalDate usageDueOn, long unreported) {
}
