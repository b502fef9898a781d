package nl.databiobank.lims.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Plain JDBC to the application's own database, for looking behind the app's back. */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(Lims.dbUrl(), Lims.dbUser(), Lims.dbPassword());
    }
}
