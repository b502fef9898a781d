package nl.databiobank.lims.sample.boundary;

import java.math.BigDecimal;

/**
 * Derivatives of one sample (DNA from a buffy coat, slides from a block): {@code count} children of
 * {@code type} with {@code quantity} each, taking {@code taken} of the parent in all.
 */
public record NewDerivative(String type, int count, BigDecimal quantity, BigDecimal taken, String container) {
}
