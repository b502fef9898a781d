package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.databiobank.lims.sample.entity.SampleEvent;

/** One custody event as the scan page lists it. */
public record CustodyLine(String kind, Instant occurredAt, String recordedBy, String from, String to, String detail,
                          String statusAfter) implements Serializable {

    static CustodyLine of(SampleEvent event) {
        return new CustodyLine(event.getKind().name(), event.getOccurredAt(), event.getRecordedBy(),
                event.getFromLocation(), event.getToLocation(), event.getDetail(),
                event.getStatusAfter() == null ? null : event.getStatusAfter().name());
    }
}
