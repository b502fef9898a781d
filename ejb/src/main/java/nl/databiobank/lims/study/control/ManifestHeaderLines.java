package nl.databiobank.lims.study.control;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.databiobank.lims.study.boundary.Manifest;
import nl.databiobank.lims.study.boundary.ManifestHeader;
import nl.databiobank.lims.study.entity.DataItem;

/** The label–value lines above the table, the same in the sheet and the PDF. */
public final class ManifestHeaderLines {

    public static final String TITLE = "Shipment manifest";

    private static final Map<DataItem, String> NAMES = Map.of(
            DataItem.QUESTIONNAIRE_SCORES, "QLQ-C30 scores at the collection's time point",
            DataItem.DIAGNOSIS, "diagnosis (ICD-10)",
            DataItem.AGE_AT_COLLECTION, "age at collection",
            DataItem.SEX, "sex",
            DataItem.COLLECTION_DATE, "collection date");

    private ManifestHeaderLines() {
    }

    public record Line(String label, String value) {
    }

    public static List<Line> of(Manifest manifest) {
        ManifestHeader h = manifest.header();
        return List.of(
                new Line("Request", h.requestId() + " \u2013 " + h.requestTitle()),
                new Line("Study", h.studyCode() + " \u2013 " + h.studyTitle()),
                new Line("Ethics approval", h.committee() + ", " + h.approvalReference() + ", version "
                        + h.approvalVersion()),
                new Line("Recipient", h.recipient()),
                new Line("Address", oneLine(h.address())),
                new Line("Shipped on", String.valueOf(h.shippedOn())),
                new Line("Samples", String.valueOf(manifest.sampleCount())),
                new Line("Participants", String.valueOf(manifest.participantCount())),
                new Line("Data released", released(manifest)),
                new Line("Note", "Participants appear under pseudonyms of this study only."));
    }

    static String released(Manifest manifest) {
        return manifest.released().isEmpty() ? "none (material only)"
                : manifest.released().stream().map(NAMES::get).collect(Collectors.joining(", "));
    }

    /** An address typed over several lines, on one. */
    static String oneLine(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s*[\\r\\n]+\\s*", ", ");
    }
}
