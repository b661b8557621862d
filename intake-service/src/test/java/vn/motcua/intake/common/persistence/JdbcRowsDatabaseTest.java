package vn.motcua.intake.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * On the real database: a time or a day bound by {@link JdbcRows} is stored exactly as the same value bound by
 * Hibernate, and both read back as the instant sent (to the column's milliseconds). Rolled back at the end.
 */
@QuarkusTest
class JdbcRowsDatabaseTest {
    private static final List<Instant> INSTANTS = List.of(
            Instant.parse("2026-12-06T00:30:00Z"),
            Instant.parse("2026-12-05T17:00:00.123Z"), // midnight in Vietnam, with milliseconds
            Instant.parse("2026-06-15T08:00:00.123456Z"), // finer than the column keeps
            Instant.parse("1999-12-31T23:59:59.999999999Z"));

    @Inject
    EntityManager em;

    @Test
    void storesTimesAndDaysAsHibernateDoes() {
        String prefix = "JDBC-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        QuarkusTransaction.begin();
        try {
            for (int i = 0; i < INSTANTS.size(); i++) {
                Instant at = INSTANTS.get(i);
                LocalDate day = LocalDate.of(2026, 12, 1).plusDays(i);
                JdbcRows.update(
                        em,
                        "INSERT INTO portal_item (dossier_code, event_id, event_type, national_status, occurred_at)"
                                + " VALUES (?, ?, 'TEST', 1, ?)",
                        List.of(prefix + i, prefix + "jdbc-" + i, at));
                em.createNativeQuery("INSERT INTO portal_item (dossier_code, event_id, event_type, national_status,"
                                + " occurred_at) VALUES (?1, ?2, 'TEST', 1, ?3)")
                        .setParameter(1, prefix + i)
                        .setParameter(2, prefix + "orm-" + i)
                        .setParameter(3, at)
                        .executeUpdate();
                JdbcRows.update(
                        em,
                        "INSERT INTO portal_dossier (dossier_code, agency_code, received_on, state, next_attempt_at)"
                                + " VALUES (?, 'A', ?, 'SYNCED', ?)",
                        List.of(prefix + "jdbc-" + i, day, at));
                em.createNativeQuery("INSERT INTO portal_dossier (dossier_code, agency_code, received_on, state,"
                                + " next_attempt_at) VALUES (?1, 'A', ?2, 'SYNCED', ?3)")
                        .setParameter(1, prefix + "orm-" + i)
                        .setParameter(2, day)
                        .setParameter(3, at)
                        .executeUpdate();

                Instant kept = at.truncatedTo(ChronoUnit.MILLIS);
                assertEquals(
                        stored(
                                "SELECT CAST(occurred_at AS CHAR) FROM portal_item WHERE event_id = ?1",
                                prefix + "orm-" + i),
                        stored(
                                "SELECT CAST(occurred_at AS CHAR) FROM portal_item WHERE event_id = ?1",
                                prefix + "jdbc-" + i),
                        at.toString());
                assertEquals(
                        stored(
                                "SELECT CAST(received_on AS CHAR) FROM portal_dossier WHERE dossier_code = ?1",
                                prefix + "orm-" + i),
                        stored(
                                "SELECT CAST(received_on AS CHAR) FROM portal_dossier WHERE dossier_code = ?1",
                                prefix + "jdbc-" + i),
                        day.toString());
                assertEquals(
                        kept,
                        em.createNativeQuery("SELECT occurred_at FROM portal_item WHERE event_id = ?1", Instant.class)
                                .setParameter(1, prefix + "jdbc-" + i)
                                .getSingleResult());
                assertEquals(
                        List.of(kept),
                        JdbcRows.query(
                                em,
                                "SELECT next_attempt_at FROM portal_dossier WHERE dossier_code = ?",
                                List.of(prefix + "jdbc-" + i),
                                rs -> JdbcRows.instant(rs, "next_attempt_at").orElseThrow()));
            }
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private String stored(String sql, String key) {
        return (String) em.createNativeQuery(sql).setParameter(1, key).getSingleResult();
    }
}
