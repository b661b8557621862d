package vn.motcua.intake.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcRowsTest {
    @Test
    void rowsOfPlainPlaceholders() {
        assertEquals("(?)", JdbcRows.values(1, 1));
        assertEquals("(?, ?, ?), (?, ?, ?)", JdbcRows.values(2, 3));
        assertEquals("(?, ?), (?, ?), (?, ?)", JdbcRows.values(3, 2));
        assertEquals("", JdbcRows.values(0, 3));
    }

    /** As Hibernate binds them: an instant as a timestamp read in UTC whatever the JVM's zone, a day as a date. */
    @Test
    void bindsEachValueAsHibernateWould() throws Exception {
        List<String> calls = new ArrayList<>();
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + Arrays.toString(describe(args)));
                    return null;
                });
        Instant at = Instant.parse("2026-12-05T01:02:03.456Z");
        JdbcRows.bind(statement, Arrays.asList("000.40.30.H57-261205-0001", 7, at, LocalDate.of(2026, 12, 5), null));
        assertEquals(
                List.of(
                        "setObject[1, 000.40.30.H57-261205-0001]",
                        "setObject[2, 7]",
                        "setTimestamp[3, 2026-12-05T01:02:03.456Z, UTC]",
                        "setDate[4, 2026-12-05]",
                        "setObject[5, null]"),
                calls);
    }

    /** Read back as bound: a timestamp read in UTC whatever the JVM's zone; a null column is empty. */
    @Test
    void readsAnInstantBackAsItWasBound() throws Exception {
        Instant at = Instant.parse("2026-12-05T01:02:03.456Z");
        List<String> zones = new ArrayList<>();
        ResultSet rs = (ResultSet) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                    zones.add(((Calendar) args[1]).getTimeZone().getID());
                    return args[0].equals("at") ? Timestamp.from(at) : null;
                });
        assertEquals(Optional.of(at), JdbcRows.instant(rs, "at"));
        assertEquals(Optional.empty(), JdbcRows.instant(rs, "never"));
        assertEquals(List.of("UTC", "UTC"), zones);
    }

    private static Object[] describe(Object[] args) {
        return Arrays.stream(args)
                .map(a -> a instanceof Timestamp t
                        ? t.toInstant()
                        : a instanceof Calendar c ? c.getTimeZone().getID() : a instanceof Date d ? d.toLocalDate() : a)
                .toArray();
    }
}
