package nl.databiobank.lims.sample.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A collection as registered: when and where, at which protocol time point, and the primary
 * samples taken. {@code received} says the tubes are in the lab already (registered at the bench).
 */
public record NewCollection(Instant collectedAt, String hospital, String timePoint, String procedure,
                            boolean received, List<NewPrimarySample> samples) {
}
