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
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.client.Context;
import org.mariadb.jdbc.client.socket.Writer;
import org.mariadb.jdbc.plugin.Codec;
import org.mariadb.jdbc.plugin.codec.DateCodec;
import org.mariadb.jdbc.plugin.codec.TimestampCodec;

class JdbcRowsTest {
    @Test
    void rowsOfPlainPlaceholders() {
        assertEquals("(?)", JdbcRows.values(1, 1));
        assertEquals("(?, ?, ?), (?, ?, ?)", JdbcRows.values(2, 3));
        assertEquals("(?, ?), (?, ?), (?, ?)", JdbcRows.values(3, 2));
        assertEquals("", JdbcRows.values(0, 3));
    }

    /** As Hibernate binds them: an instant as a timestamp in UTC whatever the JVM's zone, a day as a date. */
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
                        "setString[3, 2026-12-05 01:02:03.456]",
                        "setString[4, 2026-12-05]",
                        "setObject[5, null]"),
                calls);
    }

    /**
     * The text sent for an instant is the driver's own for a timestamp with a UTC calendar (how Hibernate binds one),
     * and for a day its own for a date: the same bytes reach the server, without a SimpleDateFormat each time.
     */
    @Test
    void sendsTheTextTheDriverWould() throws Exception {
        TimeZone jvm = TimeZone.getDefault();
        Random random = new Random(20261206);
        List<Instant> instants = new ArrayList<>(List.of(
                Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("2026-12-31T23:59:59.999999999Z"), // finer than a microsecond is dropped
                Instant.parse("2026-01-01T16:59:59.000001Z"),
                Instant.parse("2026-06-15T08:00:00.120Z"), // whole milliseconds: three digits
                Instant.parse("2026-06-15T08:00:00.120500Z"), // else six
                Instant.parse("2038-01-19T03:14:08Z"),
                Instant.parse("9999-12-31T23:59:59.999Z")));
        for (int i = 0; i < 20_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000)));
        }
        try {
            for (String zone : List.of("Asia/Ho_Chi_Minh", "UTC", "America/Los_Angeles")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
                for (Instant at : instants) {
                    String driver = driverText(TimestampCodec.INSTANCE, Timestamp.from(at), utc);
                    assertEquals(driver, "'" + JdbcRows.utc(at) + "'", at + " in " + zone);
                    LocalDate day = LocalDate.ofEpochDay(at.getEpochSecond() / 86_400);
                    assertEquals(
                            driverText(DateCodec.INSTANCE, Date.valueOf(day), null),
                            "'" + day + "'",
                            day + " in " + zone);
                }
            }
        } finally {
            TimeZone.setDefault(jvm);
        }
    }

    /** What the driver's codec writes into a query's text for {@code value}: its calendar, else the JVM's. */
    private static String driverText(Codec<?> codec, Object value, Calendar calendar) throws Exception {
        StringBuilder text = new StringBuilder();
        Writer writer = (Writer) Proxy.newProxyInstance(
                JdbcRowsTest.class.getClassLoader(), new Class<?>[] {Writer.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "writeByte" -> text.append((char) (int) (Integer) args[0]);
                        case "writeAscii" -> text.append((String) args[0]);
                        default -> throw new AssertionError("unexpected " + method.getName());
                    }
                    return null;
                });
        Context context = (Context) Proxy.newProxyInstance(
                JdbcRowsTest.class.getClassLoader(), new Class<?>[] {Context.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getDefaultCalendar")) {
                        return Calendar.getInstance();
                    }
                    throw new AssertionError("unexpected " + method.getName());
                });
        @SuppressWarnings("unchecked")
        Codec<Object> c = (Codec<Object>) codec;
        c.encodeText(writer, context, value, calendar, null);
        return text.toString();
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
