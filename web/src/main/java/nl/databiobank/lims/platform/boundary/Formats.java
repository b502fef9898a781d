package nl.databiobank.lims.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages show values; Faces 4.0's date converter does not know {@link Instant}. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** A moment in UTC to the second, as the audit pages label it. */
    public String utc(Instant instant) {
        return instant == null ? "" : UTC_SECONDS.format(instant);
    }
}
