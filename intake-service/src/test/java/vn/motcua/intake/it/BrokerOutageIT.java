package vn.motcua.intake.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestKafka;

/**
 * The packaged service with Kafka unreachable: it becomes ready and stays so (a broker outage must not take it out
 * of service), submissions still succeed, the outbox backlog shows it, and once the broker can be reached every
 * event is delivered exactly once.
 */
class BrokerOutageIT {
    static final String AGENCY = "000.00.13.H57";
    static final String TOPIC = "dossier-intake-events";
    static final Pattern BACKLOG = Pattern.compile("(?m)^intake_outbox_backlog(?:\\{[^}]*})? ([0-9.E+]+)");

    @Test
    void submissionsDuringAnOutageAreDeliveredOnceTheBrokerIsBack() throws Exception {
        String broker = "127.0.0.1:" + PackagedIntake.KAFKA_PORT;
        try (var gate = new TcpGate(
                        PackagedIntake.freePort(), "127.0.0.1", Integer.parseInt(PackagedIntake.KAFKA_PORT));
                var consumer = new KafkaConsumer<>(
                        TestKafka.admin(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker)),
                        new StringDeserializer(),
                        new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            try (var intake = PackagedIntake.start(
                    "intake-outage",
                    "http://127.0.0.1:" + PackagedIntake.freePort(),
                    "127.0.0.1:" + gate.port,
                    java.util.Map.of())) {
                String token = officerToken();
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    codes.add(given().baseUri(intake.url())
                            .auth()
                            .oauth2(token)
                            .contentType("application/json")
                            .body(body())
                            .post("/api/dossiers")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("code"));
                }
                // While the broker is away the backlog is visible to ops, and nothing was published.
                awaitBacklogAtLeast(intake, 20);
                given().baseUri(intake.managementUrl())
                        .get("/q/health/ready")
                        .then()
                        .statusCode(200);
                assertTrue(
                        received(consumer, Set.copyOf(codes), Duration.ofSeconds(3))
                                .isEmpty(),
                        "nothing published yet");

                gate.open();
                Map<String, Integer> seen = received(consumer, Set.copyOf(codes), Duration.ofSeconds(60));
                assertEquals(Set.copyOf(codes), seen.keySet(), "every submission's event arrived");
                seen.forEach((code, count) -> assertEquals(1, count, code + " published exactly once"));
                intake.close(); // mid-way through the status topic's backlog, which it consumes from the start
                assertEquals(List.of(), intake.failuresAtShutdown(), "nothing ran into the shutdown");
            }
        }
    }

    /** Counts DOSSIER_RECEIVED events per code until all {@code codes} were seen and 3 quiet seconds passed. */
    private static Map<String, Integer> received(
            KafkaConsumer<String, String> consumer, Set<String> codes, Duration max) {
        Map<String, Integer> seen = new HashMap<>();
        Instant end = Instant.now().plus(max);
        Instant quietUntil = null;
        while (Instant.now().isBefore(end)) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                if (codes.contains(r.key()) && r.value().contains("\"DOSSIER_RECEIVED\"")) {
                    seen.merge(r.key(), 1, Integer::sum);
                }
            }
            if (seen.keySet().containsAll(codes)) {
                quietUntil = quietUntil == null ? Instant.now().plusSeconds(3) : quietUntil;
                if (Instant.now().isAfter(quietUntil)) {
                    break;
                }
            }
        }
        return seen;
    }

    private static void awaitBacklogAtLeast(PackagedIntake intake, double expected) throws InterruptedException {
        double backlog = -1;
        for (int i = 0; i < 60 && backlog < expected; i++) {
            Matcher m = BACKLOG.matcher(RestAssured.given()
                    .baseUri(intake.managementUrl())
                    .get("/q/metrics")
                    .asString());
            backlog = m.find() ? Double.parseDouble(m.group(1)) : -1;
            if (backlog < expected) {
                Thread.sleep(500);
            }
        }
        assertTrue(backlog >= expected, "intake_outbox_backlog was " + backlog);
    }

    private static String officerToken() {
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

    private static String body() {
        return """
                {"procedureCode":"2.000488","agencyCode":"%s",
                 "applicant":{"type":"CITIZEN","fullName":"Lê Văn Cường","idNumber":"001301000123",\
                "phone":"0987654321"},
                 "documents":[{"componentCode":"TK"},{"componentCode":"CCCD"}]}""".formatted(AGENCY);
    }
}
