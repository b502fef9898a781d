package nl.databiobank.lims.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The filter fields of the audit and access-log pages: user, subject, and a period of whole days. */
public class AuditFilter implements Serializable {

    private String username;
    private String subject;
    private LocalDate from;
    private LocalDate until;

    AuditQuery query(int page, int size) {
        return new AuditQuery(AuditResource.blankToNull(username), AuditResource.blankToNull(subject),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), page, size);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
