package vn.motcua.tracking.imports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.TopicTap;

/** Legacy timelines replayed through the lifecycle, then counted by the 06a/06b report like live dossiers. */
@QuarkusTest
class ImportAndStatisticsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AGENCY = "000.99.01.H57";
    static final String PROCEDURE = "9.000001";

    static String line(String code, String channel, int days, String events) {
        return """
                {"code":"%s","agencyCode":"%s","procedureCode":"%s","channel":"%s","workingDays":%d,\
"events":[%s]}""".formatted(code, AGENCY, PROCEDURE, channel, days, events).strip();
    }

    static String ev(String type, String localTime) {
        return "{\"type\":\"" + type + "\",\"at\":\"" + localTime + "+07:00\"}";
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void importedHistoryIsReportedLineByLineAndCountedInTheStatistics() throws Exception {
        String prefix = AGENCY + "-" + Long.toString(System.nanoTime(), 36) + "-";
        String body = String.join(
                "\n",
                line(
                        prefix + 1,
                        "COUNTER",
                        3,
                        ev("RECEIVED", "2026-10-05T09:00:00") + "," + ev("RESOLVED", "2026-10-07T10:00:00") + ","
                                + ev("RETURNED", "2026-10-08T08:00:00")),
                line(
                        prefix + 2,
                        "ONLINE",
                        3,
                        ev("RECEIVED", "2026-10-05T09:00:00") + "," + ev("RESOLVED", "2026-10-08T16:00:00")),
                line(
                        prefix + 3,
                        "COUNTER",
                        1,
                        ev("RECEIVED", "2026-10-05T09:00:00") + "," + ev("RESOLVED", "2026-10-09T10:00:00") + ","
                                + ev("RETURNED", "2026-10-09T11:00:00")),
                line(
                        prefix + 4,
                        "COUNTER",
                        10,
                        ev("RECEIVED", "2026-10-05T09:00:00") + "," + ev("SUPPLEMENT_REQUESTED", "2026-10-06T10:00:00")
                                + "," + ev("SUPPLEMENT_RECEIVED", "2026-10-12T08:00:00")),
                line(
                        prefix + 5,
                        "COUNTER",
                        3,
                        ev("RECEIVED", "2026-10-05T09:00:00") + "," + ev("WITHDRAWN", "2026-10-06T09:00:00")),
                "",
                line(
                        prefix + 6,
                        "COUNTER",
                        3,
                        ev("RECEIVED", "2026-10-05T09:00:00") + "," + ev("RESOLVED", "2026-10-01T09:00:00")),
                line(
                        prefix + 7,
                        "COUNTER",
                        3,
                        ev("RECEIVED", "2026-10-05T09:00:00") + "," + ev("RETURNED", "2026-10-06T09:00:00")),
                line(prefix + 1, "COUNTER", 3, ev("RECEIVED", "2026-10-05T09:00:00")),
                "{not json",
                line(prefix + 8, "BY_PIGEON", 2, ev("RECEIVED", "2026-10-05T09:00:00")));

        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/import")
                .then()
                .statusCode(403);
        TopicTap tap = TopicTap.open(bootstrap, "dossier-status-events");
        String report = given().auth()
                .oauth2(TestTokens.role("admin"))
                .contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/import")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        List<JsonPath> lines =
                Arrays.stream(report.split("\n")).map(JsonPath::new).toList();
        assertEquals(11, lines.size(), report);
        for (int i = 0; i < 5; i++) {
            assertEquals("ACCEPTED", lines.get(i).getString("result"), report);
            assertEquals(i + 1, lines.get(i).getInt("line"));
        }
        assertEquals(7, lines.get(5).getInt("line"), "the blank line is skipped but counted");
        assertTrue(lines.get(5).getString("reason").contains("thứ tự thời gian"), report);
        assertTrue(lines.get(6).getString("reason").contains("Trả kết quả"), report);
        assertTrue(lines.get(7).getString("reason").contains("đã có"), report);
        assertTrue(lines.get(8).getString("reason").contains("JSON"), report);
        assertTrue(lines.get(9).getString("reason").contains("channel"), report);
        assertEquals(5, lines.get(10).getInt("summary.accepted"));
        assertEquals(5, lines.get(10).getInt("summary.rejected"));

        given().auth()
                .oauth2(TestTokens.role("admin"))
                .get("/api/dossiers/" + prefix + 4 + "/timeline")
                .then()
                .statusCode(200)
                // The watch may already have added DOSSIER_OVERDUE after these three.
                .body(
                        "history.type.take(3)",
                        contains("DOSSIER_DEADLINE_SET", "DOSSIER_SUPPLEMENT_REQUESTED", "DOSSIER_SUPPLEMENT_RECEIVED"))
                .body("dueAt", equalTo("2026-10-23T11:30:00+07:00"));

        // The open one is past its due date: the watch flags it, and the report counts it overdue.
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.supervisor(AGENCY))
                        .queryParam("from", "2026-10-01")
                        .queryParam("to", "2026-10-31")
                        .when()
                        .get("/api/statistics")
                        .then()
                        .statusCode(200)
                        .body("total.inProgressOverdue", equalTo(1)));
        // The watch's warning about it says the dossier was imported: the notifier will not wait for its contacts.
        try (tap) {
            var overdue = tap.read(
                    TopicTap.ofType("DOSSIER_OVERDUE").and(r -> r.key().equals(prefix + 4)), 1, Duration.ofSeconds(30));
            assertEquals(1, overdue.size());
            assertTrue(
                    JSON.readTree(overdue.get(0).value()).get("imported").asBoolean(),
                    overdue.get(0).value());
        }
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31")
                .when()
                .get("/api/statistics")
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(1))
                .body("agency", equalTo(AGENCY))
                .body("total.carriedOver", equalTo(0))
                .body("total.receivedOnline", equalTo(1))
                .body("total.receivedCounter", equalTo(4))
                .body("total.received", equalTo(5))
                .body("total.resolvedEarly", equalTo(1))
                .body("total.resolvedOnTime", equalTo(1))
                .body("total.resolvedLate", equalTo(1))
                .body("total.resolved", equalTo(3))
                .body("total.withdrawn", equalTo(1))
                .body("total.inProgressWithinDeadline", equalTo(0))
                .body("total.onTimeRate", equalTo(66.67f));
        // Partial months at both ends around a whole one, and a single day: the same counts.
        for (String[] range : new String[][] {{"2026-09-15", "2026-11-10"}, {"2026-10-05", "2026-10-09"}}) {
            given().auth()
                    .oauth2(TestTokens.role("ops"))
                    .queryParam("from", range[0])
                    .queryParam("to", range[1])
                    .queryParam("agency", AGENCY)
                    .when()
                    .get("/api/statistics")
                    .then()
                    .statusCode(200)
                    .body("total.carriedOver", equalTo(0))
                    .body("total.received", equalTo(5))
                    .body("total.resolved", equalTo(3))
                    .body("total.withdrawn", equalTo(1));
        }
        given().auth()
                .oauth2(TestTokens.role("ops"))
                .queryParam("from", "2026-10-05")
                .queryParam("to", "2026-10-05")
                .queryParam("agency", AGENCY)
                .when()
                .get("/api/statistics")
                .then()
                .statusCode(200)
                .body("total.received", equalTo(5))
                .body("total.resolved", equalTo(0));
        // From mid-month: carried over counts the days of October before the 6th (all five were still open).
        given().auth()
                .oauth2(TestTokens.role("ops"))
                .queryParam("from", "2026-10-06")
                .queryParam("to", "2026-10-31")
                .queryParam("agency", AGENCY)
                .when()
                .get("/api/statistics")
                .then()
                .statusCode(200)
                .body("total.carriedOver", equalTo(5))
                .body("total.received", equalTo(0))
                .body("total.resolved", equalTo(3))
                .body("total.withdrawn", equalTo(1));
        given().auth()
                .oauth2(TestTokens.role("ops"))
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .queryParam("agency", AGENCY)
                .queryParam("procedure", PROCEDURE)
                .when()
                .get("/api/statistics")
                .then()
                .statusCode(200)
                .body("total.carriedOver", equalTo(1))
                .body("total.received", equalTo(0))
                .body("total.inProgressOverdue", equalTo(1))
                .body("total.onTimeRate", equalTo(null));
    }

    @Test
    void statisticsCheckTheirInputAndTheirReaders() {
        given().auth()
                .oauth2(TestTokens.role("ops"))
                .queryParam("from", "2026-13-01")
                .queryParam("to", "2026-01-01")
                .when()
                .get("/api/statistics")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("from"));
        given().auth()
                .oauth2(TestTokens.role("ops"))
                .queryParam("from", "2026-02-01")
                .queryParam("to", "2026-01-01")
                .when()
                .get("/api/statistics")
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
        given().auth()
                .oauth2(TestTokens.role("ops"))
                .when()
                .get("/api/statistics")
                .then()
                .statusCode(400)
                .body("errors.field", contains("from", "to"));
        given().auth()
                .oauth2(TestTokens.supervisor("000.00.13.H57"))
                .queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31")
                .queryParam("agency", AGENCY)
                .when()
                .get("/api/statistics")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31")
                .when()
                .get("/api/statistics")
                .then()
                .statusCode(403);
    }
}
