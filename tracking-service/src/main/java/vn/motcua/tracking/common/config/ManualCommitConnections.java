package vn.motcua.tracking.common.config;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Pooled connections keep auto-commit off. The pool otherwise switches it off when a connection joins a
 * transaction and back on when it returns: two `SET autocommit` round trips per transaction. Here it is
 * switched off on the driver's own connection (through the pool's wrapper the pool would note it and switch
 * it back) when the connection is made and whenever it comes back on; a connection that joins a transaction
 * then costs its statements and its COMMIT only. One used outside a transaction is rolled back when it
 * returns (the driver sends nothing when no transaction is open).
 */
@ApplicationScoped
public class ManualCommitConnections implements AgroalPoolInterceptor {

    /** A connection that cannot be set up is a lost database: the request answers 503 (DatabaseFailover). */
    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            manualCommit(connection);
        } catch (SQLException e) {
            throw new JDBCConnectionException("could not switch auto-commit off on a new connection", e);
        }
    }

    /**
     * Runs after the pool's own reset of a returned connection, so the next transaction finds it off. The request
     * that returns it has finished its work (committed or rolled back); a connection that died meanwhile (its
     * database node killed) fails its next use instead, which the pool then replaces.
     */
    @Override
    public void onConnectionReturn(Connection connection) {
        try {
            manualCommit(connection);
        } catch (SQLException e) {
            Log.warnf("a returned connection did not answer: %s", e.getMessage());
        }
    }

    private static void manualCommit(Connection connection) throws SQLException {
        Connection driver = connection.unwrap(org.mariadb.jdbc.Connection.class);
        if (driver.getAutoCommit()) {
            driver.setAutoCommit(false);
        } else {
            driver.rollback();
        }
    }
}
