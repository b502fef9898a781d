package nl.databiobank.lims.sample.boundary;

import java.math.BigDecimal;
import nl.databiobank.lims.sample.entity.QuantityUnit;
import nl.databiobank.lims.sample.entity.SampleStatus;
import nl.databiobank.lims.storage.entity.GridPosition;

/**
 * A sample as the API and the scan page show it, read in one SQL statement: pseudonym only, never
 * identity; the location is null for a sample in no box.
 */
public record SampleSummary(String barcode, String type, SampleStatus status, String participant, String parent,
                            BigDecimal quantity, QuantityUnit unit, String box, GridPosition position,
                            int freezeThawCount, boolean blocked) {

    /** The JPQL select list matching the constructor, over {@code s} (sample), {@code l} (location), {@code b} (box). */
    static final String SELECT = "select new nl.databiobank.lims.sample.boundary.SampleSummary(s.barcode, t.code,"
            + " s.status, p.pseudonym, par.barcode, s.remainingQuantity, t.unit, b.barcode, l.row, l.column,"
            + " s.freezeThawCount, s.blocked) from Sample s join s.type t join s.participant p left join s.parent par"
            + " left join SampleLocation l on l.sample = s left join l.box b";

    public SampleSummary(String barcode, String type, SampleStatus status, String participant, String parent,
                         BigDecimal quantity, QuantityUnit unit, String box, Integer row, Integer column,
                         int freezeThawCount, boolean blocked) {
        this(barcode, type, status, participant, parent, quantity, unit, box,
                box == null || row == null ? null : new GridPosition(row, column), freezeThawCount, blocked);
    }


    public boolean isStored() {
        return box != null;
    }
}
