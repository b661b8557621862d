package vn.motcua.notification.common.config;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

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

    @Override
    public void onConnectionCreate(Connection connection) {
        manualCommit(connection);
    }

    /** Runs after the pool's own reset of a returned connection, so the next transaction finds it off. */
    @Override
    public void onConnectionReturn(Connection connection) {
        manualCommit(connection);
    }

    private static void manualCommit(Connection connection) {
        try {
            Connection driver = connection.unwrap(org.mariadb.jdbc.Connection.class);
            if (driver.getAutoCommit()) {
                driver.setAutoCommit(false);
            } else {
                driver.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not switch auto-commit off on a pooled connection", e);
        }
    }
}
