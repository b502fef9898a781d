package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.databiobank.lims.sample.boundary.SampleSummary;
import nl.databiobank.lims.sample.entity.Sample;

/** A sample in a list (a participant's samples): pseudonym only, never identity; box and position null when unstored. */
public record SampleLine(String barcode, String type, String status, String participant, String parent,
                         BigDecimal quantity, String unit, String box, String position, int freezeThawCount,
                         boolean blocked) implements Serializable {

    static SampleLine of(SampleSummary sample) {
        return new SampleLine(sample.barcode(), sample.type(), sample.status().name(), sample.participant(),
                sample.parent(), Sample.plain(sample.quantity()), sample.unit() == null ? null : sample.unit().symbol(),
                sample.box(),
                sample.position() == null ? null : sample.position().name(), sample.freezeThawCount(), sample.blocked());
    }

    public boolean isStored() {
        return box != null;
    }

}
