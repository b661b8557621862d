package vn.motcua.intake.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestKafka;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.dossier.domain.Dossier;

/** What reaches the real broker matches the documented schema and carries no ID number or address. */
@QuarkusTest
class DossierEventContractTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "intake.applicant-id.keys")
    String keys;

    @Test
    void aCounterSubmissionPublishesADocumentedReceivedEvent() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/events/dossier-event.schema.json")) {
            schema = JSON.readTree(in);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                TestKafka.admin(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "contract-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "latest")),
                new StringDeserializer(),
                new StringDeserializer())) {
            // Test runs start from an empty schema, so codes repeat across runs: read only what comes next.
            consumer.subscribe(List.of("dossier-intake-events"));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(100));
                return !consumer.assignment().isEmpty();
            });
            // Resolve "latest" to an offset now: otherwise it is fixed at a later poll, after the event was written.
            consumer.assignment().forEach(consumer::position);
            String code = given().auth()
                    .oauth2(TestTokens.officer("000.00.12.H57"))
                    .contentType("application/json")
                    .body(Submissions.criminalRecord("000.00.12.H57", "019095012345"))
                    .when()
                    .post("/api/dossiers")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("code");
            AtomicReference<String> value = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (code.equals(r.key())) {
                        value.set(r.value());
                    }
                });
                return value.get() != null;
            });
            JsonNode event = JSON.readTree(value.get());
            assertEquals("DOSSIER_RECEIVED", event.get("type").asText());
            assertEquals(2, event.get("nationalStatus").asInt());
            assertEquals("10", event.get("workingDays").asText());
            assertEquals(
                    "PAUSE", event.get("supplementPolicy").asText(), "pinned with the version (the seed's default)");
            assertEquals(3, event.get("steps").size());
            // Two paper components at the counter, neither scanned: the scorecard's "digitised components".
            assertEquals(2, event.get("components").get("received").asInt());
            assertEquals(0, event.get("components").get("digitised").asInt());
            assertConforms(schema, event, "");
            assertConforms(schema.at("/properties/components"), event.get("components"), "components.");
            assertConforms(schema.at("/properties/applicant"), event.get("applicant"), "applicant.");
            assertFalse(value.get().contains("019095012345"), "the ID number must not travel in events");
            assertFalse(value.get().contains("Phan Đình Phùng"), "the address must not travel in events");
            String published = event.at("/applicant/idHash").asText();
            assertNotEquals(sha256Hex("019095012345"), published, "not the plain SHA-256, which brute force reverses");
            assertFalse(published.contains(sha256Hex("019095012345")));
            assertEquals(
                    "local:"
                            + hmacHex(
                                    keySecret(),
                                    MessageDigest.getInstance("SHA-256")
                                            .digest("019095012345".getBytes(StandardCharsets.UTF_8))),
                    published,
                    "HMAC under the configured key");
            assertEquals(published, Dossier.byCode(code).orElseThrow().applicantIdHash, "stored as published");
        }
    }

    private String keySecret() {
        // The test profile's key list is "local:<secret>"; the test computes the HMAC itself, not through the service.
        return keys.substring(keys.indexOf(':') + 1);
    }

    static String sha256Hex(String s) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static String hmacHex(String secret, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message));
    }

    /** Required properties present, no property the schema does not declare. */
    private static void assertConforms(JsonNode schema, JsonNode value, String prefix) {
        Set<String> declared = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(declared::add);
        value.fieldNames().forEachRemaining(f -> assertTrue(declared.contains(f), "undocumented field " + prefix + f));
        schema.get("required").forEach(r -> assertTrue(value.hasNonNull(r.asText()), "missing " + prefix + r.asText()));
    }
}
