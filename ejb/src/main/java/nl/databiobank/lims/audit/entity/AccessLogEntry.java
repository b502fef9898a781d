package nl.databiobank.lims.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone read, searched or exported something, or logged in or out (NEN 7513). Append-only. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String username;
    private String action;
    private String target;
    private String details;
    @Column(name = "client_address")
    private String clientAddress;

    protected AccessLogEntry() {
    }

    public AccessLogEntry(Instant occurredAt, String username, String action, String target, String details,
                          String clientAddress) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.target = target;
        this.details = details;
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetails() {
        return details;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
