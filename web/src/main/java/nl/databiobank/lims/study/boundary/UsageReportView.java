package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/**
 * The researcher's report of what became of each shipped sample (consumed, returned, still held),
 * one row at a time; the samples are shown by barcode and study pseudonym only.
 */
@Named
@ViewScoped
public class UsageReportView implements Serializable {

    private static final String FORM = "usage";

    @EJB
    UsageService usage;

    private long requestId;
    private transient List<Received> received;
    private final Map<String, String> outcomes = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    /** Called by the page with the request's id before the table is drawn. */
    public List<Received> receivedFor(long id) {
        if (received == null || id != requestId) {
            requestId = id;
            received = usage.received(id);
            received.forEach(r -> {
                outcomes.putIfAbsent(r.barcode(), r.usage());
                notes.putIfAbsent(r.barcode(), r.usageNote());
            });
        }
        return received;
    }

    public void report(String barcode) {
        try {
            usage.report(requestId, barcode, outcomes.get(barcode), notes.get(barcode));
            received = null;
            Messages.infoIn(RequestView.BUNDLE, "usage.saved", barcode);
        } catch (LimsException e) {
            Messages.refused(e, FORM);
        }
    }

    public List<String> getOutcomes() {
        return List.of("CONSUMED", "RETURNED", "HELD");
    }

    public Map<String, String> getOutcome() {
        return outcomes;
    }

    public Map<String, String> getNote() {
        return notes;
    }
}
