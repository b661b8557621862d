package vn.motcua.tracking.lifecycle;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.TopicTap;
import vn.motcua.tracking.calendar.domain.CalendarChange;
import vn.motcua.tracking.lifecycle.service.DeadlineRecompute;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/**
 * A day off declared after receipt (and withdrawn again) moves the open deadlines that count it, in both
 * directions, once each; a recomputation cut short resumes from its cursor. Years 2033 and 2034 are this test's own.
 */
@QuarkusTest
class DeadlineRecomputeTest {
    static final String AGENCY = "000.00.12.H57";

    @Inject
    DossierTracking tracking;

    @Inject
    DeadlineRecompute recompute;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static final Predicate<ConsumerRecord<String, String>> CHANGED = TopicTap.ofType("DOSSIER_DEADLINE_CHANGED");

    TopicTap tap;

    @BeforeEach
    void tapTheStatusTopic() {
        tap = TopicTap.open(bootstrap, "dossier-status-events");
    }

    @AfterEach
    void closeTheTap() {
        tap.close();
    }

    @Test
    void aDeclaredDayOffMovesOnlyTheOpenClocksThatCountItAndItsRemovalMovesThemBack() {
        String crossing = start("2033-12-06T09:00:00+07:00", "10");
        String after = start("2033-12-12T09:00:00+07:00", "1");
        String paused = start("2033-12-05T09:00:00+07:00", "10");
        String ended = start("2033-12-06T09:00:00+07:00", "10");
        assertEquals("2033-12-20T11:30+07:00", due(crossing));
        assertEquals("2033-12-13T11:30+07:00", due(after));
        assertEquals("2033-12-19T11:30+07:00", due(paused));
        // A supplement asked on 6 December, not brought yet; another dossier already resolved.
        sql(
                "UPDATE tracked_dossier SET status = 'SUPPLEMENT_REQUESTED', paused_at = ?2 WHERE code = ?1",
                paused,
                OffsetDateTime.parse("2033-12-06T10:00:00+07:00").toInstant());
        sql(
                "UPDATE tracked_dossier SET status = 'RESOLVED', outcome = 'EARLY', resolved_at = ?2, ended_at = ?2 "
                        + "WHERE code = ?1",
                ended,
                OffsetDateTime.parse("2033-12-08T10:00:00+07:00").toInstant());

        long declared = declare(2033, List.of(LocalDate.of(2033, 12, 7)));
        assertEquals("2033-12-21T11:30+07:00", due(crossing), "one working day later");
        assertEquals("2033-12-13T11:30+07:00", due(after), "received after the day: unchanged");
        assertEquals(
                "2033-12-20T11:30+07:00",
                due(paused),
                "the clock before the pause counts it; the pause is counted on resumption");
        assertEquals("2033-12-20T11:30+07:00", due(ended), "a resolved dossier keeps its date and outcome");
        assertEquals(List.of(), changes(after));
        assertEquals(List.of(), changes(ended));
        assertEquals(List.of(declared), changes(crossing));
        assertEquals(
                1L,
                count(
                        "SELECT COUNT(*) FROM dossier_history WHERE dossier_code = ?1 AND type = "
                                + "'DOSSIER_DEADLINE_CHANGED'"
                                + " AND previous_due_at = ?2",
                        crossing,
                        OffsetDateTime.parse("2033-12-20T11:30:00+07:00").toInstant()));
        assertEquals(
                1,
                tap.read(r -> crossing.equals(r.key()) && CHANGED.test(r), 1, Duration.ofSeconds(20))
                        .size(),
                "published once");
        String note = given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .get("/api/dossiers/" + crossing + "/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("history.find { it.type == 'DOSSIER_DEADLINE_CHANGED' }.note");
        assertEquals(
                "Hạn giải quyết chuyển từ 11:30 ngày 20/12/2033 sang 11:30 ngày 21/12/2033 do lịch làm việc năm 2033 "
                        + "được điều chỉnh",
                note);

        long withdrawn = declare(2033, List.of());
        assertEquals("2033-12-20T11:30+07:00", due(crossing), "moved back, earlier");
        assertEquals("2033-12-19T11:30+07:00", due(paused));
        assertEquals(List.of(declared, withdrawn), changes(crossing));
        assertEquals(List.of(), changes(after));
    }

    @Test
    void aRecomputationOverFiveThousandOpenDossiersCutShortResumesAndMovesEachOnce() {
        // Received Tuesday 5 December 2034 at 09:00 with 10 working days: due Tuesday 19 December, 11:30.
        var received = OffsetDateTime.parse("2034-12-05T09:00:00+07:00").toInstant();
        var due = OffsetDateTime.parse("2034-12-19T11:30:00+07:00").toInstant();
        sql(
                "INSERT INTO tracked_dossier (code, agency_code, procedure_code, channel, working_days, received_at, "
                        + "due_at, status,"
                        + " applicant_id_hash, holding_agency) SELECT CONCAT('BULK34-', LPAD(seq, 5, '0')), ?1, "
                        + "'2.000488', 'COUNTER', 10,"
                        + " ?2, ?3, 'RECEIVED', REPEAT('a', 64), ?1 FROM seq_1_to_5000",
                AGENCY,
                received,
                due);

        long change = declareWithoutRunning(2034, List.of(LocalDate.of(2034, 12, 6)));
        // Two batches commit, then the process "dies": nothing else runs this change.
        recompute.nextBatch(change);
        CalendarChange cut = recompute.nextBatch(change).orElseThrow();
        assertEquals(CalendarChange.RUNNING, cut.status);
        assertEquals(1000L, movedBy(change));

        finish(change); // the next start takes it up from the cursor
        var moved = OffsetDateTime.parse("2034-12-20T11:30:00+07:00").toInstant();
        assertEquals(5000L, movedBy(change));
        assertEquals(
                5000L,
                count(
                        "SELECT COUNT(DISTINCT dossier_code) FROM dossier_history WHERE calendar_change_id = ?1",
                        change));
        assertEquals(
                5000L, count("SELECT COUNT(*) FROM tracked_dossier WHERE code LIKE 'BULK34-%' AND due_at = ?1", moved));
        assertEquals(
                5000,
                tap.read(r -> r.key().startsWith("BULK34-") && CHANGED.test(r), 5000, Duration.ofSeconds(60))
                        .size(),
                "each published once");
        assertEquals(
                CalendarChange.DONE,
                QuarkusTransaction.requiringNew().call(() -> CalendarChange.<CalendarChange>findById(change).status));
        finish(change); // a finished change is not run again
        assertEquals(5000L, movedBy(change));
    }

    private String start(String receivedAt, String days) {
        return TrackedDossiers.start(
                tracking, AGENCY, "2.000488", "COUNTER", receivedAt, days, TrackedDossiers.CITIZEN_HASH);
    }

    private String due(String code) {
        return OffsetDateTime.parse(given().auth()
                        .oauth2(TestTokens.officer(AGENCY))
                        .get("/api/dossiers/" + code + "/timeline")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<String>path("dueAt"))
                .toString();
    }

    /**
     * The year's Labor Code days off plus {@code extra}, stored by an administrator; then the recomputation, to the
     * end.
     */
    private long declare(int year, List<LocalDate> extra) {
        long change = declareWithoutRunning(year, extra);
        finish(change);
        return change;
    }

    private long declareWithoutRunning(int year, List<LocalDate> extra) {
        List<String> off = new ArrayList<>(
                vn.motcua.tracking.calendar.domain.LaborCodeHolidays.prefill(year).sortedDaysOff().stream()
                        .map(LocalDate::toString)
                        .toList());
        extra.forEach(d -> off.add(d.toString()));
        given().auth()
                .oauth2(TestTokens.role("admin"))
                .contentType("application/json")
                .body("{\"daysOff\":[\"" + String.join("\",\"", off) + "\"],\"workingSaturdays\":[]}")
                .put("/api/calendar/" + year)
                .then()
                .statusCode(200);
        return QuarkusTransaction.requiringNew()
                .call(() -> CalendarChange.<CalendarChange>find("year = ?1 order by id desc", year)
                        .firstResult()
                        .id);
    }

    private void finish(long change) {
        while (recompute
                .nextBatch(change)
                .filter(c -> CalendarChange.RUNNING.equals(c.status))
                .isPresent()) {
            // one committed batch after another
        }
    }

    private List<Long> changes(String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery(
                                "SELECT calendar_change_id FROM dossier_history"
                                        + " WHERE dossier_code = ?1 AND type = 'DOSSIER_DEADLINE_CHANGED' ORDER BY id",
                                Long.class)
                        .setParameter(1, code)
                        .getResultList()
                        .stream()
                        .map(Long.class::cast)
                        .toList());
    }

    private long movedBy(long change) {
        return count("SELECT COUNT(*) FROM dossier_history WHERE calendar_change_id = ?1", change);
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private void sql(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }
}
