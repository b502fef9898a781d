package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.databiobank.lims.sample.boundary.SampleSummary;

/** A sample in a list (a participant's samples): pseudonym only, never identity; box and position null when unstored. */
public record SampleLine(String barcode, String type, String status, String participant, String parent,
                         BigDecimal quantity, String unit, String box, String position, int freezeThawCount,
                         boolean blocked) implements Serializable {

    static SampleLine of(SampleSummary sample) {
        return new SampleLine(sample.barcode(), sample.type(), sample.status().name(), sample.participant(),
                sample.parent(), plain(sample.quantity()), sample.unit() == null ? null : sample.unit().symbol(), sample.box(),
                sample.position() == null ? null : sample.position().name(), sample.freezeThawCount(), sample.blocked());
    }

    public boolean isStored() {
        return box != null;
    }

    /** 5 rather than 5.000. */
    private static BigDecimal plain(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
