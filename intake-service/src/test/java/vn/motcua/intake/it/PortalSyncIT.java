package vn.motcua.intake.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.ConsumerGroups;
import vn.motcua.intake.TestKafka;
import vn.motcua.intake.portal.PortalSimulatorControl;

/**
 * Two packaged replicas sync 300 counter dossiers, and each one's status events, to the portal simulator while
 * one replica is killed with -9 mid-stream (and later restarted) and the portal is down for 30 s: afterwards every
 * dossier is on the portal, created once, with its updates and its progress line once, in order.
 */
class PortalSyncIT {
    static final String AGENCY = "000.00.13.H57";
    static final int DOSSIERS = 300;
    static final String KAFKA = "127.0.0.1:" + PackagedIntake.KAFKA_PORT;

    @Test
    void everyDossierReachesThePortalOnceInOrderThroughAKillAndAnOutage() throws Exception {
        PortalSimulatorControl.reset();
        String group = "intake-it-portal-" + UUID.randomUUID();
        // Committed at the end before a and b join: a killed before its first commit hands its partitions on at
        // this position, not at a "latest" taken at the hand-over (which skipped every event sent in between).
        ConsumerGroups.startAtEnd(KAFKA, group, "dossier-status-events");
        Map<String, String> env = Map.of(
                "PORTAL_SYNC_ENABLED",
                "true",
                "PORTAL_URL",
                "http://127.0.0.1:" + System.getenv().getOrDefault("STACK_PORTAL_PORT", "8095"),
                "PORTAL_USERNAME",
                "motcua",
                "PORTAL_PASSWORD",
                "motcua-local",
                "INTAKE_PORTAL_TIMEOUT",
                "2s",
                "INTAKE_PORTAL_BACKOFF_MAX",
                "5s",
                "INTAKE_PORTAL_LEASE",
                "20s",
                "MP_MESSAGING_INCOMING_STATUS_EVENTS_GROUP_ID",
                group);
        String tracking = "http://127.0.0.1:" + PackagedIntake.freePort(); // closed: appointments come from events
        PackagedIntake a = PackagedIntake.start("portal-a", tracking, env);
        PackagedIntake b = PackagedIntake.start("portal-b", tracking, env);
        PackagedIntake restarted = null;
        List<String> codes = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA)),
                new StringSerializer(),
                new StringSerializer())) {
            ConsumerGroups.awaitAssigned(KAFKA, group, 3, 2); // both a and b: no rebalance once it starts
            String token = officerToken();
            Instant outageStart = null;
            for (int i = 0; i < DOSSIERS; i++) {
                if (i == 100) {
                    a.kill();
                }
                if (i == 150) {
                    PortalSimulatorControl.fault("DOWN", -1);
                    outageStart = Instant.now();
                }
                PackagedIntake target = i < 100 && i % 2 == 0 ? a : b;
                Response r = given().baseUri(target.url())
                        .auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(BODY)
                        .post("/api/dossiers");
                assertEquals(201, r.statusCode(), r.asString());
                String code = r.path("code");
                codes.add(code);
                Instant at = Instant.parse("2026-12-03T01:00:00Z").plusSeconds(i);
                producer.send(new ProducerRecord<>(
                        "dossier-status-events", code, event(code, "DOSSIER_DEADLINE_SET", 2, at)));
                producer.send(new ProducerRecord<>(
                        "dossier-status-events",
                        code,
                        event(code, "DOSSIER_PROCESSING_STARTED", 4, at.plusSeconds(3600))));
            }
            producer.flush();
            restarted = PackagedIntake.start("portal-a2", tracking, env);
            Thread.sleep(Math.max(
                    0,
                    Duration.between(Instant.now(), outageStart.plusSeconds(30)).toMillis()));
            PortalSimulatorControl.fault("NONE", -1);
            long up = System.nanoTime();

            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> codes.stream()
                            .allMatch(c -> PortalSimulatorControl.dossier(c)
                                    .filter(v -> v.path("steps").size() >= 1
                                            && v.at("/record/TrangThaiHoSo").asInt() == 4)
                                    .isPresent()));
            System.out.printf(
                    "portal sync: %d dossiers on the portal %d ms after it came back%n",
                    DOSSIERS, (System.nanoTime() - up) / 1_000_000);
        } finally {
            for (PackagedIntake p : new PackagedIntake[] {a, b, restarted}) {
                if (p != null) {
                    p.close();
                }
            }
        }
        for (String code : codes) {
            JsonNode v = PortalSimulatorControl.dossier(code).orElseThrow();
            assertEquals(1, v.path("creates").asInt(), code + " created once");
            assertFalse(v.path("changes").get(0).path("isUpdating").asBoolean(), code + ": the create comes first");
            List<Integer> statuses = new ArrayList<>();
            v.path("changes").forEach(c -> statuses.add(c.path("TrangThaiHoSo").asInt()));
            assertEquals(statuses.stream().sorted().toList(), statuses, code + ": updates in order " + statuses);
            assertEquals(1, v.path("steps").size(), code + ": its one progress line, once");
            assertTrue(
                    v.at("/record/NgayHenTra").asText().matches("\\d{14}"), code + ": the appointment from the event");
        }
        assertEquals(DOSSIERS, codes.stream().distinct().count());
    }

    static final String BODY = """
            {"procedureCode":"2.000488","agencyCode":"%s",
             "applicant":{"type":"CITIZEN","fullName":"Trần Thị Bình","idNumber":"001301000123","phone":"0987654321"},
             "documents":[{"componentCode":"TK"},{"componentCode":"CCCD"}]}""".formatted(AGENCY);

    static String event(String code, String type, int status, Instant at) {
        return ("{\"eventId\":\"%s\",\"type\":\"%s\",\"dossierCode\":\"%s\",\"occurredAt\":\"%s\","
                        + "\"nationalStatus\":%d,"
                        + "\"status\":\"X\",\"agencyCode\":\"%s\",\"procedureCode\":\"2.000488\","
                        + "\"dueAt\":\"2026-12-17T04:30:00Z\","
                        + "\"actorRole\":\"officer\",\"actorAgency\":\"%s\",\"actorName\":\"Trần Văn Hải\"}")
                .formatted(UUID.randomUUID(), type, code, at, status, AGENCY, AGENCY);
    }

    static String officerToken() {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "motcua-web")
                .formParam("username", "officer2")
                .formParam("password", "officer2")
                .post(PackagedIntake.KEYCLOAK + "/realms/motcua/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
