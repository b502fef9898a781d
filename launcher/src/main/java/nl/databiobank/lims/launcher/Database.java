package nl.databiobank.lims.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the application's data lives: what Payara gets as LIMS_DB_URL, LIMS_DB_USER and LIMS_DB_PASSWORD. */
record Database(String url, String user, String password) {

    /**
     * Connects once before deploying: a database that cannot be reached otherwise shows up only late,
     * as a misleading "Access denied ... setURL" in Payara's log.
     */
    void checkReachable(String advice) {
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.isValid(10);
        } catch (SQLException e) {
            throw new LaunchFailure("Cannot connect to the database " + url + " as user " + user + ": "
                    + e.getMessage() + "\n" + advice, e);
        }
    }

    @Override
    public String toString() {
        return url + " (user " + user + ")";
    }
}
