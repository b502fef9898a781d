package nl.databiobank.lims.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.audit.entity.AuditEntry;

/** The audit trail and its integrity check, for ethics officers and administrators. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditService audit;

    public record EntryJson(long id, Instant at, String username, String entityType, String entityId, String action,
                            JsonArray changes, String reason) {

        static EntryJson of(AuditEntry e) {
            return new EntryJson(e.getId(), e.getOccurredAt(), e.getUsername(), e.getEntityType(), e.getEntityId(),
                    e.getAction().name(), Json.createReader(new StringReader(e.getChanges())).readArray(), e.getReason());
        }
    }

    public record PageJson(long total, List<EntryJson> entries) {
    }

    @GET
    public PageJson search(@QueryParam("user") String user, @QueryParam("entity") String entity,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        Page<AuditEntry> result = audit.search(new AuditQuery(blankToNull(user), blankToNull(entity),
                QueryParams.start(from, "from"), QueryParams.end(to, "to"), QueryParams.number(page, 0, "page"), QueryParams.number(size, 50, "size")));
        return new PageJson(result.total(), result.items().stream().map(EntryJson::of).toList());
    }

    @GET
    @Path("verify")
    public ChainVerification verify() {
        return audit.verify();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
