package nl.databiobank.lims.study.boundary;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.study.entity.DataItem;

/**
 * The list that goes with a shipment: its header, the data items released with it (those in both the
 * request and the shipment's approval), the questionnaire scales that are columns when scores go
 * along, and a row per shipped sample.
 */
public record Manifest(ManifestHeader header, Set<DataItem> released, List<String> scales, List<ManifestRow> rows) {

    public Manifest {
        // an EnumSet keeps the items in DataItem's order, so the columns come out the same every time
        Set<DataItem> ordered = EnumSet.noneOf(DataItem.class);
        ordered.addAll(released);
        released = Collections.unmodifiableSet(ordered);
        scales = released.contains(DataItem.QUESTIONNAIRE_SCORES) ? List.copyOf(scales) : List.of();
        rows = List.copyOf(rows);
    }

    public boolean releases(DataItem item) {
        return released.contains(item);
    }

    public int sampleCount() {
        return rows.size();
    }

    public long participantCount() {
        return rows.stream().map(ManifestRow::studyPseudonym).distinct().count();
    }
}
