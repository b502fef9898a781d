package nl.databiobank.lims.sample.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleEvent;

/** One custody event of a sample's timeline: what, when, who, from where to where. */
@JsonbNillable
public record SampleEventJson(String kind, Instant occurredAt, String recordedBy, String from, String to,
                              BigDecimal quantity, String related, String detail, String statusAfter) {

    public static SampleEventJson of(SampleEvent e) {
        return new SampleEventJson(e.getKind().name(), e.getOccurredAt(), e.getRecordedBy(), e.getFromLocation(),
                e.getToLocation(), Sample.plain(e.getQuantity()),
                e.getRelated(), e.getDetail(), e.getStatusAfter().name());
    }
}
