package nl.databiobank.lims.it;

import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Users;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Not even someone with SQL access to the database changes or removes an audit entry (without DDL rights). */
@OnPayara
class AuditAppendOnlyIT {

    @Test
    void databaseRefusesUpdateAndDeleteOfAnAuditEntry() throws SQLException {
        Users.create("appendonly", "RESEARCHER"); // at least one entry of our own
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            long id = latestAuditEntryId(sql);

            assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update audit_entry set reason = 'tampered' where id = " + id),
                    "UPDATE of an audit entry");
            assertThrows(SQLException.class,
                    () -> sql.executeUpdate("delete from audit_entry where id = " + id),
                    "DELETE of an audit entry");

            try (ResultSet row = sql.executeQuery(
                    "select count(*) from audit_entry where id = " + id + " and reason is distinct from 'tampered'")) {
                row.next();
                assertEquals(1, row.getInt(1), "the entry is still there, unchanged");
            }
        }
    }

    static long latestAuditEntryId(Statement sql) throws SQLException {
        try (ResultSet result = sql.executeQuery("select max(id) from audit_entry")) {
            result.next();
            return result.getLong(1);
        }
    }
}
