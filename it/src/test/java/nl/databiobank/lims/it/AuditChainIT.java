package nl.databiobank.lims.it;

import jakarta.json.JsonObject;
import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.DemoLogins;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail is hash-chained: /api/audit/verify finds the first entry changed behind the app's back. */
@OnPayara
class AuditChainIT {

    private final Api ethicsOfficer = Api.as(DemoLogins.of("ethics"));

    @Test
    void verifyFindsTheEntryThatWasChangedByHand() throws SQLException {
        Users.create("chain", "RESEARCHER"); // at least one entry of our own
        JsonObject intact = verify();
        assertTrue(intact.getBoolean("ok"), intact::toString);
        assertTrue(intact.getInt("entries") > 0, intact::toString);

        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            long id = AuditAppendOnlyIT.latestAuditEntryId(sql);
            String originalUsername = usernameOf(db, id);
            setUsernameBehindTheAppsBack(db, id, "mallory");
            try {
                JsonObject broken = verify();

                assertFalse(broken.getBoolean("ok"), broken::toString);
                assertEquals(id, broken.getJsonNumber("firstBrokenEntry").longValue(), broken::toString);
            } finally {
                // Put it back, so that the chain is whole again for every other test.
                setUsernameBehindTheAppsBack(db, id, originalUsername);
            }
            JsonObject repaired = verify();
            assertTrue(repaired.getBoolean("ok"), () -> "after restoring the entry: " + repaired);
        }
    }

    private JsonObject verify() {
        Api.Response verify = ethicsOfficer.get("/api/audit/verify");
        assertEquals(200, verify.status(), verify::toString);
        return verify.object();
    }

    private static String usernameOf(Connection db, long id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select username from audit_entry where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** As the database owner may: switch the append-only triggers off for one transaction. */
    private static void setUsernameBehindTheAppsBack(Connection db, long id, String username) throws SQLException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement();
             PreparedStatement update = db.prepareStatement("update audit_entry set username = ? where id = ?")) {
            sql.execute("alter table audit_entry disable trigger user");
            update.setString(1, username);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
            sql.execute("alter table audit_entry enable trigger user");
            db.commit();
        } catch (SQLException | RuntimeException | Error e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
