package nl.databiobank.lims.it;

import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.OnPayara;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app migrated the empty database it was given on its start (the suite's PostgreSQL starts empty). */
@OnPayara
class MigrationsIT {

    /** The skeleton's tables and their columns. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "app_user", List.of("id", "username", "display_name", "password_hash", "enabled", "version", "created_at"),
            "login_state", List.of("user_id", "failed_logins", "locked_until", "last_login_at"),
            "user_role", List.of("id", "user_id", "role"),
            "audit_entry", List.of("id", "occurred_at", "username", "entity_type", "entity_id", "action", "changes",
                    "reason", "prev_hash", "hash"),
            "access_log", List.of("id", "occurred_at", "username", "action", "target", "details", "client_address"));

    @Test
    void everyMigrationSucceeded() throws SQLException {
        try (Connection db = Database.connect(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(
                     "select count(*), count(*) filter (where not success) from flyway_schema_history")) {
            result.next();
            int applied = result.getInt(1);
            int failed = result.getInt(2);
            assertTrue(applied > 0, "flyway_schema_history has rows");
            assertEquals(0, failed, "failed migrations in flyway_schema_history");
        }
    }

    @Test
    void tablesHaveTheirColumns() throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement columns = db.prepareStatement(
                "select column_name from information_schema.columns where table_schema = 'public' and table_name = ?")) {
            assertAll(TABLES.entrySet().stream().map(table -> () -> {
                columns.setString(1, table.getKey());
                Set<String> actual = new HashSet<>();
                try (ResultSet result = columns.executeQuery()) {
                    while (result.next()) {
                        actual.add(result.getString(1));
                    }
                }
                assertTrue(actual.containsAll(table.getValue()),
                        () -> "columns of " + table.getKey() + ": expected " + table.getValue() + ", found " + actual);
            }));
        }
    }
}
