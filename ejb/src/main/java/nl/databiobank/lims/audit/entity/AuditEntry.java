package nl.databiobank.lims.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One created, changed or deleted entity: who, when (UTC), what (the changed fields as a JSON
 * array of {@code {field, old, new}}), why. Immutable; the database refuses UPDATE and DELETE.
 * Its hash covers its content and the previous entry's hash, so a changed, removed or inserted
 * row breaks the chain.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String username;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private String changes;
    private String reason;
    @Column(name = "prev_hash")
    private String prevHash;
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(long id, Instant occurredAt, String username, String entityType, String entityId,
                      AuditAction action, String changes, String reason, String prevHash) {
        this.id = id;
        // PostgreSQL keeps microseconds; hash what will be read back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.username = username;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.changes = changes;
        this.reason = reason;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** SHA-256 over every field but the hash itself, each length-prefixed so no two contents collide. */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder();
        for (Object part : new Object[] {id, occurredAt, username, entityType, entityId, action, changes, reason, prevHash}) {
            if (part == null) {
                canonical.append("-;");
            } else {
                String text = part.toString();
                canonical.append(text.length()).append(':').append(text).append(';');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether this entry is intact and follows the entry whose hash is {@code previousHash}. */
    public boolean follows(long previousId, String previousHash) {
        return id == previousId + 1 && previousHash.equals(prevHash) && computeHash().equals(hash);
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

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }

    public String getHash() {
        return hash;
    }
}
