package nl.databiobank.lims.security.boundary;

/**
 * Why a record is changed, and the version of it the user saw ({@code null}: whatever is current).
 */
public record Correction(String reason, Long version) {
}
