package nl.databiobank.lims.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.databiobank.lims.audit.entity.AccessLogEntry;
import nl.databiobank.lims.platform.boundary.PagedModel;

/** The access-log page: filter by user, action and period, paged in the database. */
@Named
@ViewScoped
public class AccessLogView implements Serializable {

    @EJB
    AccessLog accessLog;

    private final AuditFilter filter = new AuditFilter();
    private transient PagedModel<AccessLogEntry> entries; // holds lambdas: rebuilt, not serialized

    public AuditFilter getFilter() {
        return filter;
    }

    public PagedModel<AccessLogEntry> getEntries() {
        if (entries == null) {
            entries = new PagedModel<>((page, size) -> accessLog.search(filter.query(page, size)).items(),
                    none -> accessLog.search(filter.query(0, 1)).total());
        }
        return entries;
    }
}
