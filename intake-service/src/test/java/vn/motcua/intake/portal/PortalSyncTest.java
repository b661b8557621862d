package vn.motcua.intake.portal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.ConsumerGroups;
import vn.motcua.intake.TestKafka;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.rest.Submissions;
import vn.motcua.intake.portal.domain.PortalDossier;

/** The sync to the national portal against the local stack's simulator: order, exactly once, faults, rejection. */
@QuarkusTest
class PortalSyncTest {
    static final String AGENCY = "000.00.12.H57";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.status-events.group.id")
    String group;

    @Test
    void aDossiersWholeLifeArrivesAsOneCreateAndItsUpdatesInOrder() throws Exception {
        awaitQuiet();
        PortalSimulatorControl.reset();
        String code = given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .contentType("application/json")
                .body(Submissions.criminalRecord(AGENCY, "019095012345"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .post("/api/dossiers/" + code + "/accept")
                .then()
                .statusCode(200);

        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        Instant t = Instant.parse("2026-12-03T02:00:00Z");
        List<String> events = List.of(
                event(code, "DOSSIER_DEADLINE_SET", 2, t, "2026-12-17T04:30:00Z", null),
                event(code, "DOSSIER_PROCESSING_STARTED", 4, t.plusSeconds(3600), "2026-12-17T04:30:00Z", null),
                event(code, "DOSSIER_HANDED_OVER", 4, t.plusSeconds(7200), "2026-12-17T04:30:00Z", "Thẩm định hồ sơ"),
                event(code, "DOSSIER_OVERDUE", 4, t.plusSeconds(7300), "2026-12-17T04:30:00Z", null),
                event(code, "DOSSIER_SUPPLEMENT_REQUESTED", 5, t.plusSeconds(10800), "2026-12-17T04:30:00Z", null),
                event(code, "DOSSIER_SUPPLEMENT_RECEIVED", 4, t.plusSeconds(86400 * 2), "2026-12-21T04:30:00Z", null),
                event(code, "DOSSIER_RESOLVED", 9, t.plusSeconds(86400 * 5), "2026-12-21T04:30:00Z", null),
                event(code, "DOSSIER_RETURNED", 10, t.plusSeconds(86400 * 6), "2026-12-21T04:30:00Z", null));
        try (KafkaProducer<String, String> producer = producer()) {
            for (String e : events) {
                producer.send(new ProducerRecord<>("dossier-status-events", code, e))
                        .get();
            }
            producer.send(new ProducerRecord<>("dossier-status-events", code, events.get(5)))
                    .get(); // a redelivery
        }

        JsonNode view = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> PortalSimulatorControl.dossier(code)
                                .filter(v -> v.path("steps").size() == 6
                                        && v.at("/record/TrangThaiHoSo").asInt() == 10),
                        v -> v.isPresent())
                .orElseThrow();
        assertEquals(1, view.path("creates").asInt(), "one create");
        List<Integer> statuses = new ArrayList<>();
        view.path("changes").forEach(c -> statuses.add(c.path("TrangThaiHoSo").asInt()));
        assertEquals(List.of(1, 2, 4, 5, 4, 9, 10), statuses, "the record's states in the order they happened");
        assertFalse(view.path("changes").get(0).path("isUpdating").asBoolean());
        assertTrue(view.path("changes").get(1).path("isUpdating").asBoolean());
        List<String> steps = new ArrayList<>();
        view.path("steps")
                .forEach(s -> steps.add(s.path("TrangThai").asText() + " "
                        + s.path("NoiDungXuLy").asText()));
        assertEquals(
                List.of(
                        "4 Bắt đầu xử lý hồ sơ",
                        "4 Chuyển xử lý: Thẩm định hồ sơ",
                        "5 Yêu cầu bổ sung, hoàn thiện hồ sơ: Bổ sung bản sao CCCD",
                        "4 Tiếp nhận hồ sơ bổ sung",
                        "9 Đã giải quyết xong",
                        "10 Đã trả kết quả"),
                steps);
        JsonNode handOver = view.path("steps").get(1);
        assertEquals("Lê Văn Cường", handOver.path("NguoiXuLy").asText());
        assertEquals("20261203110000", handOver.path("NgayBatDau").asText());
        assertEquals("20261204113000", handOver.path("NgayKetThucTheoQuyDinh").asText(), "the step's own deadline");
        JsonNode record = view.path("record");
        assertEquals("20261221113000", record.path("NgayHenTra").asText(), "the appointment after the supplement");
        assertEquals("20261209090000", record.path("NgayTra").asText());
        assertEquals("019095012345", record.at("/DinhDanhCHS/0/SoDinhDanh").asText());
        Instant submitted = QuarkusTransaction.requiringNew().call(() -> Dossier.<Dossier>findById(code).submittedAt);
        assertEquals(
                DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                        .withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .format(submitted),
                record.path("NgayNopHoSo").asText(),
                "the submission's time as the dossier row holds it, in Vietnam's time");
        assertEquals(1, record.path("DanhSachHoSoBoSung").size());
        // The pass records what the portal accepted right after its last call.
        await().atMost(Duration.ofSeconds(10)).until(() -> state(code).state.equals(PortalDossier.SYNCED));

        // Every call is logged with a hash of what was sent, never the body (it holds the ID number).
        List<?> log = QuarkusTransaction.requiringNew()
                .call(() -> PortalDossier.getEntityManager()
                        .createNativeQuery(
                                "SELECT request_hash FROM portal_call WHERE dossier_code = ?1 AND result = 'OK'")
                        .setParameter(1, code)
                        .getResultList());
        assertTrue(log.size() >= 13, "13 accepted calls at least, logged " + log.size());
        assertTrue(log.stream().allMatch(h -> String.valueOf(h).matches("[0-9a-f]{64}")));
    }

    /**
     * Tracking's deadline for a dossier whose receipt gave the appointment changes nothing on the portal (same status,
     * same date): it is not queued, and costs no call. The next change is queued as ever.
     */
    @Test
    void aDeadlineTheReceiptAlreadyGaveIsNotQueuedAndTheNextChangeIs() throws Exception {
        awaitQuiet();
        String code = counterDossier("2.000488", "001301000123");
        Instant t = Instant.parse("2026-12-03T02:00:00Z");
        String given = event(code, "DOSSIER_DEADLINE_SET", 2, t, "2026-12-17T04:30:00Z", null)
                .replace("\"step\":null}", "\"step\":null,\"appointmentGiven\":true}");
        String started =
                event(code, "DOSSIER_PROCESSING_STARTED", 4, t.plusSeconds(3600), "2026-12-17T04:30:00Z", null);
        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("dossier-status-events", code, given))
                    .get();
            producer.send(new ProducerRecord<>("dossier-status-events", code, started))
                    .get();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> queued(started) == 1);
        assertEquals(0, queued(given), "one partition, in order: the deadline before it was read and left out");
    }

    private static long queued(String event) {
        String id = event.substring(12, 48); // {"eventId":"<36 characters>"
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) PortalDossier.getEntityManager()
                                .createNativeQuery("SELECT COUNT(*) FROM portal_item WHERE event_id = ?1")
                                .setParameter(1, id)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void anAnswerLostToATimeOutIsNotADuplicate() {
        awaitQuiet();
        PortalSimulatorControl.reset();
        PortalSimulatorControl.fault("ACCEPT_THEN_TIMEOUT", 1);
        String code = counterDossier("2.000488", "001301000123");
        await().atMost(Duration.ofSeconds(40)).until(() -> state(code).state.equals(PortalDossier.SYNCED));
        JsonNode view = PortalSimulatorControl.dossier(code).orElseThrow();
        assertEquals(1, view.path("creates").asInt());
        assertEquals(1, view.path("changes").size(), "the create, once: the retry found it there");
        List<?> results = QuarkusTransaction.requiringNew()
                .call(() -> PortalDossier.getEntityManager()
                        .createNativeQuery("SELECT result FROM portal_call WHERE dossier_code = ?1 ORDER BY id")
                        .setParameter(1, code)
                        .getResultList());
        assertEquals(List.of("RETRY", "EXISTS", "OK"), results);
    }

    @Test
    void anExpiredSessionIsRenewedWithinTheCall() {
        awaitQuiet();
        PortalSimulatorControl.reset();
        String first = counterDossier("2.000488", "019095012345"); // the service holds a session after this one
        await().atMost(Duration.ofSeconds(30)).until(() -> state(first).state.equals(PortalDossier.SYNCED));
        PortalSimulatorControl.expireSessions();
        String code = counterDossier("2.000488", "019095012345");
        await().atMost(Duration.ofSeconds(30)).until(() -> state(code).state.equals(PortalDossier.SYNCED));
        List<?> results = QuarkusTransaction.requiringNew()
                .call(() -> PortalDossier.getEntityManager()
                        .createNativeQuery("SELECT result FROM portal_call WHERE dossier_code = ?1 ORDER BY id")
                        .setParameter(1, code)
                        .getResultList());
        assertEquals(List.of("OK"), results, "a new log-in, then the same call again, as one call");
        assertEquals(
                1,
                PortalSimulatorControl.dossier(code)
                        .orElseThrow()
                        .path("creates")
                        .asInt());
    }

    @Test
    void serverErrorsAndThrottlingAreRetriedWithBackOff() {
        for (String fault : List.of("ERROR", "THROTTLE")) {
            awaitQuiet();
            PortalSimulatorControl.reset();
            PortalSimulatorControl.fault(fault, 2);
            String code = counterDossier("2.000488", "001301000123");
            await().atMost(Duration.ofSeconds(40)).until(() -> state(code).state.equals(PortalDossier.SYNCED));
            List<?> results = QuarkusTransaction.requiringNew()
                    .call(() -> PortalDossier.getEntityManager()
                            .createNativeQuery(
                                    "SELECT CONCAT(result, ' ', COALESCE(http_status, '-'), ' ', attempt) FROM "
                                            + "portal_call"
                                            + " WHERE dossier_code = ?1 ORDER BY id")
                            .setParameter(1, code)
                            .getResultList());
            int status = fault.equals("ERROR") ? 500 : 429;
            assertEquals(List.of("RETRY " + status + " 1", "RETRY " + status + " 2", "OK 200 3"), results, fault);
            assertEquals(
                    1,
                    PortalSimulatorControl.dossier(code)
                            .orElseThrow()
                            .path("creates")
                            .asInt());
        }
    }

    @Test
    void oneRejectedDossierAmongFiftyWaitsWithItsReasonAndIsResentAfterAFix() {
        awaitQuiet();
        PortalSimulatorControl.reset();
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.800001", null))
                .when()
                .post("/api/procedures")
                .then()
                .statusCode(201);
        long[] before = monthly();
        List<String> good = new ArrayList<>();
        String bad = null;
        for (int i = 0; i < 50; i++) {
            if (i == 25) {
                bad = given().auth()
                        .oauth2(TestTokens.officer(AGENCY))
                        .contentType("application/json")
                        .body(Submissions.body("9.800001", AGENCY, "019095012345", "{\"componentCode\":\"VB\"}"))
                        .when()
                        .post("/api/dossiers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("code");
            } else {
                good.add(counterDossier("2.000488", "019095012345"));
            }
        }
        String rejected = bad;
        await().atMost(Duration.ofSeconds(60))
                .until(() -> good.stream().allMatch(c -> state(c).state.equals(PortalDossier.SYNCED))
                        && state(rejected).state.equals(PortalDossier.REJECTED));
        assertTrue(good.stream()
                .allMatch(c -> PortalSimulatorControl.dossier(c)
                                .orElseThrow()
                                .path("creates")
                                .asInt()
                        == 1));
        assertTrue(PortalSimulatorControl.dossier(rejected).isEmpty());
        // The scorecard's monthly figures: fifty more received, forty-nine more on the portal.
        long[] synced = monthly();
        assertEquals(50, synced[0] - before[0], "received this month");
        assertEquals(49, synced[1] - before[1], "on the portal this month");

        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .when()
                .get("/api/portal-sync/report")
                .then()
                .statusCode(200)
                .body("agency", equalTo(AGENCY))
                .body("rejected", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body(
                        "rejectedDossiers.find { it.code == '" + rejected + "' }.reason",
                        org.hamcrest.Matchers.containsString("MaLinhVuc"));
        io.restassured.path.json.JsonPath report = given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .get("/api/portal-sync/report?agency=" + AGENCY)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        double expectedShare =
                Math.round(10_000.0 * report.getLong("upToDate") / report.getLong("receivedLocally")) / 10_000.0;
        assertEquals(expectedShare, report.getDouble("syncedShare"), 1e-9);
        assertTrue(report.getDouble("syncedShare") < 1.0, "the rejected dossier is not on the portal");
        // Resending unfixed data is refused again; once the procedure has its field code, it goes through.
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.800001", "VHLH"))
                .when()
                .put("/api/procedures/9.800001")
                .then()
                .statusCode(200)
                .body("fieldCode", equalTo("VHLH"));
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .when()
                .post("/api/portal-sync/dossiers/" + rejected + "/resend")
                .then()
                .statusCode(202)
                .body("state", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> state(rejected).state.equals(PortalDossier.SYNCED));
        assertEquals(50, monthly()[1] - before[1], "the resent dossier is counted once it is on the portal");
        assertEquals(
                "VHLH",
                PortalSimulatorControl.dossier(rejected)
                        .orElseThrow()
                        .at("/record/MaLinhVuc")
                        .asText());
        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .post("/api/portal-sync/dossiers/" + rejected + "/resend")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theMonthlyFiguresAreForServicesAndOperatorsWithAValidMonth() {
        given().auth()
                .oauth2(TestTokens.service())
                .when()
                .get("/api/portal-sync/monthly?month=2026-13")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("month"));
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .when()
                .get("/api/portal-sync/monthly")
                .then()
                .statusCode(403);
        given().when().get("/api/portal-sync/monthly").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .get("/api/portal-sync/monthly?month=2019-01")
                .then()
                .statusCode(200)
                .body("agencies", org.hamcrest.Matchers.empty());
    }

    @Test
    void theReconciliationEndpointsCheckTheirInputAndTheCaller() {
        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .get("/api/portal-sync/report?date=2026-13-01")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"));
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .when()
                .get("/api/portal-sync/report?agency=000.00.13.H57")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/portal-sync/report")
                .then()
                .statusCode(403);
        given().when().get("/api/portal-sync/report").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .post("/api/portal-sync/dossiers/000.00.12.H57-991231-9999/resend")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .when()
                .post("/api/portal-sync/backfill?from=2026-01-01")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .post("/api/portal-sync/backfill?from=yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .get("/api/portal-sync/backfill/987654")
                .then()
                .statusCode(404);
    }

    @Test
    void aBackfillQueuesDossiersThePortalNeverHeardOfOnceEach() {
        awaitQuiet();
        List<String> codes =
                List.of(counterDossier("2.000488", "019095012345"), counterDossier("2.000488", "001301000123"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> codes.stream().allMatch(c -> state(c).state.equals(PortalDossier.SYNCED)));
        // As if they had been received before the connection was switched on.
        QuarkusTransaction.requiringNew().run(() -> {
            PortalDossier.getEntityManager()
                    .createNativeQuery("DELETE FROM portal_item WHERE dossier_code IN (:c)")
                    .setParameter("c", codes)
                    .executeUpdate();
            PortalDossier.delete("dossierCode in ?1", codes);
        });
        PortalSimulatorControl.reset();
        String location = given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .post("/api/portal-sync/backfill?from="
                        + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.admin())
                        .when()
                        .get(location)
                        .then()
                        .statusCode(200)
                        .body("state", equalTo("DONE")));
        int queued = given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .get(location)
                .then()
                .extract()
                .path("queued");
        assertEquals(codes.size(), queued, "only the dossiers without a sync state");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> codes.stream().allMatch(c -> state(c).state.equals(PortalDossier.SYNCED)));
        codes.forEach(c -> assertEquals(
                1,
                PortalSimulatorControl.dossier(c).orElseThrow().path("creates").asInt()));
    }

    /** This month's dossiers received at the agency and held by the portal, as tracking's scorecard reads them. */
    static long[] monthly() {
        String month =
                java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        io.restassured.path.json.JsonPath figures = given().auth()
                .oauth2(TestTokens.service())
                .queryParam("month", month)
                .when()
                .get("/api/portal-sync/monthly")
                .then()
                .statusCode(200)
                .body("month", equalTo(month))
                .body("syncEnabled", equalTo(true))
                .extract()
                .jsonPath();
        String agency = "agencies.find { it.agency == '" + AGENCY + "' }";
        return figures.get(agency) == null
                ? new long[2]
                : new long[] {figures.getLong(agency + ".received"), figures.getLong(agency + ".onPortal")};
    }

    static String counterDossier(String procedure, String idNumber) {
        return Submissions.atCounter(
                AGENCY, Submissions.criminalRecord(AGENCY, idNumber).replace("2.000488", procedure));
    }

    static PortalDossier state(String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> PortalDossier.<PortalDossier>findByIdOptional(code))
                .orElseThrow(() -> new AssertionError("no sync state for " + code));
    }

    /** Nothing left from other tests for the simulator's next fault or reset to hit. */
    static void awaitQuiet() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew()
                                .call(() -> PortalDossier.count("state", PortalDossier.PENDING))
                        == 0);
    }

    static String procedure(String code, String fieldCode) {
        String field = fieldCode == null ? "" : "\"fieldCode\":\"" + fieldCode + "\",";
        return """
                {"code":"%s","name":"Cấp giấy phép tổ chức lễ hội","field":"Văn hóa",%s"agencyLevel":"PROVINCE",
                 "processingDays":3,"feeVnd":0,
                 "components":[{"code":"VB","name":"Văn bản đề nghị","mandatory":true,"originals":1,"copies":0}],
                 "steps":[{"name":"Tiếp nhận","workingDays":0.5},{"name":"Thẩm định, cấp phép",\
                "workingDays":2.5}]}""".formatted(code, field);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer());
    }

    private static String event(String code, String type, int status, Instant at, String dueAt, String stepName) {
        String step = stepName == null
                ? "null"
                : "{\"number\":1,\"name\":\"" + stepName + "\",\"toAgency\":\"" + AGENCY + "\",\"startedAt\":\"" + at
                        + "\",\"dueAt\":\"2026-12-04T04:30:00Z\"}";
        String reason = type.equals("DOSSIER_SUPPLEMENT_REQUESTED") ? "\"Bổ sung bản sao CCCD\"" : "null";
        return ("{\"eventId\":\"%s\",\"type\":\"%s\",\"dossierCode\":\"%s\",\"occurredAt\":\"%s\","
                        + "\"nationalStatus\":%d,"
                        + "\"status\":\"X\",\"agencyCode\":\"%s\",\"procedureCode\":\"2.000488\",\"dueAt\":\"%s\","
                        + "\"outcome\":null,"
                        + "\"actorRole\":\"officer\",\"actorAgency\":\"%s\",\"reason\":%s,\"newAppointmentAt\":null,"
                        + "\"actorName\":\"Lê Văn Cường\",\"actorTitle\":\"Chuyên "
                        + "viên\",\"actorDepartment\":null,\"step\":%s}")
                .formatted(UUID.randomUUID(), type, code, at, status, AGENCY, dueAt, AGENCY, reason, step);
    }
}
