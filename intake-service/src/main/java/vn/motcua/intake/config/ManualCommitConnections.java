package vn.motcua.intake.config;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Pooled connections leave auto-commit off for good. The pool otherwise switches it off when a connection
 * joins a transaction and on again when it comes back, two `SET autocommit` round trips per transaction;
 * with it off from the start, a transaction costs its statements and its COMMIT only. A connection used
 * outside a transaction is rolled back when it returns (the driver sends nothing when no transaction is open).
 */
@ApplicationScoped
public class ManualCommitConnections implements AgroalPoolInterceptor {

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException("could not switch auto-commit off on a new connection", e);
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not end the implicit transaction of a returned connection", e);
        }
    }
}
