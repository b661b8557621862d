package vn.motcua.notification.config;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Pooled connections keep auto-commit off. The pool otherwise switches it off when a connection joins a
 * transaction and on again when it comes back: two `SET autocommit` round trips per transaction. With it
 * already off, a transaction costs its statements and its COMMIT only. It is switched on the driver's own
 * connection (through the pool's wrapper the pool would note it and switch it back on return). A connection
 * used outside a transaction is rolled back when it returns (the driver sends nothing when none is open).
 */
@ApplicationScoped
public class ManualCommitConnections implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        try {
            Connection driver = connection.unwrap(Connection.class);
            if (driver.getAutoCommit()) {
                driver.setAutoCommit(false); // once per physical connection (the driver knows its state)
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not switch auto-commit off", e);
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        try {
            Connection driver = connection.unwrap(Connection.class);
            if (!driver.getAutoCommit()) {
                driver.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not end the implicit transaction of a returned connection", e);
        }
    }
}
