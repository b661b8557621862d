package vn.motcua.intake.common.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
 *
 * <p>Times and days go as the very text the MariaDB driver would send for them ({@link #utc}): the driver builds a
 * {@code SimpleDateFormat} for every timestamp or date it sends, 3 % of a busy service's CPU (docs/benchmarks.md).
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
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Instant at) {
                statement.setString(i + 1, utc(at));
            } else if (value instanceof LocalDate day) {
                statement.setString(i + 1, day.toString()); // yyyy-MM-dd, as the driver writes a date
            } else {
                statement.setObject(i + 1, value); // String, Integer, Long, Boolean or null
            }
        }
    }

    /**
     * The text MariaDB's driver (3.5) sends for a timestamp bound with a UTC calendar, as Hibernate binds an instant:
     * seconds, then milliseconds when the microseconds are whole milliseconds, else microseconds (finer is dropped).
     */
    static String utc(Instant at) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder s = new StringBuilder(26);
        pad(s, t.getYear(), 4).append('-');
        pad(s, t.getMonthValue(), 2).append('-');
        pad(s, t.getDayOfMonth(), 2).append(' ');
        pad(s, t.getHour(), 2).append(':');
        pad(s, t.getMinute(), 2).append(':');
        pad(s, t.getSecond(), 2);
        int micros = at.getNano() / 1000;
        if (micros > 0) {
            s.append('.');
            if (micros % 1000 == 0) {
                pad(s, micros / 1000, 3);
            } else {
                pad(s, micros, 6);
            }
        }
        return s.toString();
    }

    private static StringBuilder pad(StringBuilder s, int value, int digits) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < digits; i++) {
            s.append('0');
        }
        return s.append(v);
    }
}
