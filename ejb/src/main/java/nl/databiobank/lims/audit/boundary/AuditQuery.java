package nl.databiobank.lims.audit.boundary;

import java.time.Instant;

/** A filter over the audit trail or the access log; any part may be null (no filter on it). */
public record AuditQuery(String username, String subject, Instant from, Instant until, int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public int firstResult() {
        return page * size;
    }
}
