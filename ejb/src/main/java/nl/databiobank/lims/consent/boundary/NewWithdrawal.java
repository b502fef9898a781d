package nl.databiobank.lims.consent.boundary;

import java.time.LocalDate;
import java.util.Set;

/** A withdrawal as the nurse records it; no items means the scope applies to everything. */
public record NewWithdrawal(LocalDate withdrawnOn, String scope, Set<String> items, String reason) {
}
