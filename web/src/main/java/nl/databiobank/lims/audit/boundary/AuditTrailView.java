package nl.databiobank.lims.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import nl.databiobank.lims.audit.entity.AuditEntry;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.platform.boundary.PagedModel;

/** The audit trail page: filter, page through, and check the chain. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    @EJB
    AuditService audit;

    private final AuditFilter filter = new AuditFilter();
    private transient PagedModel<AuditEntry> entries; // holds lambdas: rebuilt, not serialized

    public void verify() {
        ChainVerification result = audit.verify();
        if (result.ok()) {
            Messages.info("audit.verify.ok", result.entries());
        } else {
            Messages.error("audit.verify.broken", result.firstBrokenEntry(), result.entries());
        }
    }

    /** The changes of an entry as lines "field: old → new", for people rather than machines. */
    public List<String> describe(AuditEntry entry) {
        return Json.createReader(new StringReader(entry.getChanges())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .map(c -> c.getString("field") + ": " + text(c.get("old")) + " → " + text(c.get("new")))
                .toList();
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : "—";
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public PagedModel<AuditEntry> getEntries() {
        if (entries == null) {
            entries = new PagedModel<>((page, size) -> audit.search(filter.query(page, size)).items(),
                    none -> audit.search(filter.query(0, 1)).total());
        }
        return entries;
    }
}
