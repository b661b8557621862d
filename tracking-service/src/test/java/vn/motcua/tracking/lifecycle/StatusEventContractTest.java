package vn.motcua.tracking.lifecycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestKafka;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/** Every transition reaches the real broker, in order, keyed by dossier code, in the documented shape. */
@QuarkusTest
class StatusEventContractTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AGENCY = "000.22.30.H57";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DossierTracking tracking;

    @Test
    void transitionsArePublishedInOrderAndMatchTheSchema() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/events/status-event.schema.json")) {
            schema = JSON.readTree(in);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                TestKafka.admin(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "status-contract-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "latest")),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("dossier-status-events"));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(100));
                return !consumer.assignment().isEmpty();
            });
            // Resolve "latest" to an offset now: otherwise it is fixed at a later poll, after the event was written.
            consumer.assignment().forEach(consumer::position);
            String code = TrackedDossiers.start(
                    tracking,
                    AGENCY,
                    "1.001612",
                    "ONLINE",
                    OffsetDateTime.now(ZoneOffset.ofHours(7)).toString(),
                    "3",
                    TrackedDossiers.CITIZEN_HASH);
            String token = TestTokens.officer(AGENCY);
            for (String body : List.of(
                    "{\"action\":\"START_PROCESSING\"}",
                    "{\"action\":\"HAND_OVER\",\"toPerson\":\"chuyenvien2\",\"stepWorkingDays\":1,\"reason\":\"Thẩm "
                            + "định hồ sơ\"}",
                    "{\"action\":\"REQUEST_SUPPLEMENT\",\"reason\":\"Bổ sung hợp đồng thuê địa điểm\"}",
                    "{\"action\":\"SUPPLEMENT_RECEIVED\"}",
                    "{\"action\":\"APOLOGIZE\",\"reason\":\"Chờ ý kiến liên ngành\",\"newAppointmentAt\":\""
                            + OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(60) + "\"}",
                    "{\"action\":\"RESOLVE\"}",
                    "{\"action\":\"RETURN_RESULT\"}")) {
                given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(body)
                        .when()
                        .post("/api/dossiers/" + code + "/actions")
                        .then()
                        .statusCode(200);
            }
            List<JsonNode> events = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    if (code.equals(r.key())) {
                        events.add(JSON.readTree(r.value()));
                    }
                }
                return events.stream().anyMatch(e -> e.get("type").asText().equals("DOSSIER_RETURNED"));
            });
            List<String> types = events.stream()
                    .map(e -> e.get("type").asText())
                    .filter(t -> !t.equals("DOSSIER_DUE_SOON"))
                    .toList();
            assertEquals(
                    List.of(
                            "DOSSIER_DEADLINE_SET",
                            "DOSSIER_PROCESSING_STARTED",
                            "DOSSIER_HANDED_OVER",
                            "DOSSIER_SUPPLEMENT_REQUESTED",
                            "DOSSIER_SUPPLEMENT_RECEIVED",
                            "DOSSIER_APOLOGY_ISSUED",
                            "DOSSIER_RESOLVED",
                            "DOSSIER_RETURNED"),
                    types);
            for (JsonNode e : events) {
                assertConforms(schema, e);
            }
            // The receipt gave the appointment (TrackedDossiers): said on the deadline event, and on no other.
            assertEquals(true, events.get(0).get("appointmentGiven").booleanValue());
            assertTrue(events.stream()
                    .skip(1)
                    .allMatch(e -> e.get("appointmentGiven").isNull()));
            // A live dossier: its contact details came with intake's event, so it is not marked imported.
            assertTrue(events.stream().allMatch(e -> e.get("imported").isNull()));
            JsonNode resolved = events.stream()
                    .filter(e -> e.get("type").asText().equals("DOSSIER_RESOLVED"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("EARLY", resolved.get("outcome").asText());
            assertEquals(9, resolved.get("nationalStatus").asInt());
            assertEquals("officer", resolved.get("actorRole").asText());
            assertEquals(AGENCY, resolved.get("actorAgency").asText());
            assertTrue(
                    events.stream().anyMatch(e -> e.path("reason").asText().equals("Bổ sung hợp đồng thuê địa điểm")));
            // What the national portal's progress update needs: who (family name first), title, department, the step.
            assertEquals("Lê Văn Cường", resolved.get("actorName").asText());
            assertEquals("Chuyên viên", resolved.get("actorTitle").asText());
            assertEquals(
                    "Bộ phận Tiếp nhận và Trả kết quả",
                    resolved.get("actorDepartment").asText());
            // Form 04's message speaks for the agency that apologised: its name travels with that event alone.
            for (JsonNode e : events) {
                boolean apology = e.get("type").asText().equals("DOSSIER_APOLOGY_ISSUED");
                assertEquals(
                        apology ? "Ủy ban nhân dân xã Đại Phúc" : null,
                        e.get("actorAgencyName").textValue());
            }
            // How the clock treats a supplement, for the citizen's message: on the request, and on no other event.
            for (JsonNode e : events) {
                boolean request = e.get("type").asText().equals("DOSSIER_SUPPLEMENT_REQUESTED");
                assertEquals(request ? "PAUSE" : null, e.get("supplementPolicy").textValue());
            }
            JsonNode handOver = events.stream()
                    .filter(e -> e.get("type").asText().equals("DOSSIER_HANDED_OVER"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(1, handOver.at("/step/number").asInt());
            assertEquals("Thẩm định hồ sơ", handOver.at("/step/name").asText());
            assertEquals(AGENCY, handOver.at("/step/toAgency").asText());
            assertTrue(OffsetDateTime.parse(handOver.at("/step/dueAt").asText())
                    .isAfter(OffsetDateTime.parse(handOver.at("/step/startedAt").asText())));
            assertTrue(!events.get(0).hasNonNull("actorName"), "the system's deadline event names no person");
            assertConforms(schema.at("/properties/step"), handOver.get("step"));
        }
    }

    private static void assertConforms(JsonNode schema, JsonNode value) {
        Set<String> declared = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(declared::add);
        value.fieldNames().forEachRemaining(f -> assertTrue(declared.contains(f), "undocumented field " + f));
        schema.get("required").forEach(r -> assertTrue(value.hasNonNull(r.asText()), "missing " + r.asText()));
        Set<String> types = new HashSet<>();
        schema.at("/properties/type/enum").forEach(t -> types.add(t.asText()));
        assertTrue(
                types.isEmpty() || types.contains(value.get("type").asText()),
                "undocumented type " + value.get("type"));
    }
}
