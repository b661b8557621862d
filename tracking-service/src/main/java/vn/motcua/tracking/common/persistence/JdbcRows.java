package vn.motcua.tracking.common.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.hibernate.Session;

/**
 * A small statement run with every write, or a hot read, sent straight through the transaction's connection. A
 * native query of Hibernate builds a plan and parameter metadata each time, and an entity read builds and tracks
 * entities: for the small inserts of a submission, about 5 % of the service's CPU at load (docs/benchmarks.md).
 * Values are bound as Hibernate binds them: an {@link Instant} as a timestamp in UTC, a {@link LocalDate} as a date;
 * {@link #instant} reads one back the same way. Hibernate does not flush pending entities first: a caller whose rows
 * refer to them flushes them before.
 */
public final class JdbcRows {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private JdbcRows() {}

    /** "(?, ?, ?), (?, ?, ?)" for 2 rows of 3. */
    public static String values(int rows, int width) {
        String row = "(?" + ", ?".repeat(width - 1) + ")";
        return rows == 0 ? "" : row + (", " + row).repeat(rows - 1);
    }

    /** Runs {@code sql} with {@code values} for its {@code ?} in order; returns the rows it changed. */
    public static int update(EntityManager em, String sql, List<?> values) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                return statement.executeUpdate();
            }
        });
    }

    /** One row of a result, read into what the caller needs. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs the query {@code sql} with {@code values} for its {@code ?} in order; each row read by {@code row}. */
    public static <T> List<T> query(EntityManager em, String sql, List<?> values, Row<T> row) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row.read(rs));
                    }
                }
                return rows;
            }
        });
    }

    /** A timestamp column as the instant it was bound from (read in UTC), if it is not null. */
    public static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column, Calendar.getInstance(UTC)))
                .map(Timestamp::toInstant);
    }

    static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        Calendar utc = Calendar.getInstance(UTC);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Instant at) {
                statement.setTimestamp(i + 1, Timestamp.from(at), utc);
            } else if (value instanceof LocalDate day) {
                statement.setDate(i + 1, Date.valueOf(day));
            } else {
                statement.setObject(i + 1, value); // String, Integer, Long, Boolean or null
            }
        }
    }
}
