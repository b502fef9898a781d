package nl.databiobank.lims.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.audit.entity.AccessLogEntry;

/** The access log, for ethics officers and administrators. */
@Path("access-log")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    @EJB
    AccessLog accessLog;

    public record EntryJson(long id, Instant at, String username, String action, String target, String details,
                            String clientAddress) {

        static EntryJson of(AccessLogEntry e) {
            return new EntryJson(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getTarget(),
                    e.getDetails(), e.getClientAddress());
        }
    }

    public record PageJson(long total, List<EntryJson> entries) {
    }

    @GET
    public PageJson search(@QueryParam("user") String user, @QueryParam("action") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        Page<AccessLogEntry> result = accessLog.search(new AuditQuery(AuditResource.blankToNull(user),
                AuditResource.blankToNull(action), QueryParams.start(from, "from"), QueryParams.end(to, "to"), QueryParams.number(page, 0, "page"), QueryParams.number(size, 50, "size")));
        return new PageJson(result.total(), result.items().stream().map(EntryJson::of).toList());
    }
}
