package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A scanned tube: what it is, where it is, and its last custody events (newest first), with the count of
 * all of them (the whole timeline is on the sample page).
 */
public record TubeCard(SampleLine sample, String typeName, List<CustodyLine> lastEvents, int eventCount)
        implements Serializable {

    public TubeCard {
        lastEvents = List.copyOf(lastEvents);
    }
}
