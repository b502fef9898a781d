package nl.databiobank.lims.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:00:00.123456789Z");

    private static AuditEntry entry(long id, String changes, String reason, String previousHash) {
        return new AuditEntry(id, AT, "admin", "UserAccount", "7", AuditAction.UPDATE, changes, reason, previousHash);
    }

    @Test
    void chainsOnThePreviousHash() {
        AuditEntry first = entry(1, "[]", "r", AuditEntry.GENESIS_HASH);
        AuditEntry second = entry(2, "[]", "r", first.getHash());
        assertTrue(first.follows(0, AuditEntry.GENESIS_HASH));
        assertTrue(second.follows(1, first.getHash()));
        assertFalse(second.follows(0, AuditEntry.GENESIS_HASH), "a removed predecessor is noticed");
        assertFalse(second.follows(1, AuditEntry.GENESIS_HASH), "another predecessor is noticed");
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        String base = entry(1, "[{\"field\":\"enabled\"}]", "left", AuditEntry.GENESIS_HASH).getHash();
        assertNotEquals(base, entry(2, "[{\"field\":\"enabled\"}]", "left", AuditEntry.GENESIS_HASH).getHash());
        assertNotEquals(base, entry(1, "[{\"field\":\"enabled!\"}]", "left", AuditEntry.GENESIS_HASH).getHash());
        assertNotEquals(base, entry(1, "[{\"field\":\"enabled\"}]", "left.", AuditEntry.GENESIS_HASH).getHash());
        assertNotEquals(base, entry(1, "[{\"field\":\"enabled\"}]", null, AuditEntry.GENESIS_HASH).getHash());
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        AuditEntry a = new AuditEntry(1, AT, "ab", "c", "7", AuditAction.CREATE, "[]", null, AuditEntry.GENESIS_HASH);
        AuditEntry b = new AuditEntry(1, AT, "a", "bc", "7", AuditAction.CREATE, "[]", null, AuditEntry.GENESIS_HASH);
        assertNotEquals(a.getHash(), b.getHash());
    }

    @Test
    void timeIsKeptToTheMicrosecondAsPostgresStoresIt() {
        assertEquals(Instant.parse("2026-11-24T09:00:00.123456Z"), entry(1, "[]", "r", AuditEntry.GENESIS_HASH).getOccurredAt());
    }
}
