package vn.motcua.intake.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.portal.config.PortalSettings;
import vn.motcua.intake.portal.domain.GatewayAnswer;
import vn.motcua.intake.portal.messaging.PortalGateway;

/**
 * The gateway call as provincial clients of the national portal make it (OpenCPS's integration): the records go as
 * a list, and an answer's error_code may come as a number or as text ("00").
 */
class PortalGatewayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private volatile String answer;
    private HttpServer gateway;

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/api/login", ex -> reply(ex, "{\"error_code\":\"00\",\"session\":\"s-1\"}"));
        gateway.createContext("/api/service", ex -> {
            received.add(JSON.readTree(ex.getRequestBody()));
            reply(ex, answer);
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private PortalGateway.Call call(String answer) {
        this.answer = answer;
        return new PortalGateway(
                        settings("http://127.0.0.1:" + gateway.getAddress().getPort()), JSON)
                .call("DongBoHoSoMC", false, Map.of("MaHoSo", "000.00.12.H57-261207-0001", "TrangThaiHoSo", 2));
    }

    @Test
    void theRecordGoesAsAListOfOne() {
        call("{\"error_code\":0,\"message\":\"Thành công\"}");
        JsonNode body = received.get(0);
        assertEquals("s-1", body.path("session").asText(), "logged in although the login's code was text");
        assertEquals("H57", body.path("madonvi").asText());
        assertTrue(body.path("data").isArray(), body.toString());
        assertEquals(1, body.path("data").size(), body.toString());
        assertEquals(
                "000.00.12.H57-261207-0001",
                body.path("data").get(0).path("MaHoSo").asText());
    }

    @Test
    void anErrorCodeWrittenAsTextIsReadAsItsNumber() {
        PortalGateway.Call ok = call("{\"error_code\":\"00\",\"message\":\"Thành công\"}");
        assertEquals(GatewayAnswer.Kind.OK, ok.answer().kind());
        assertEquals(Optional.of(0), ok.errorCode());
        assertEquals(
                GatewayAnswer.Kind.EXISTS,
                call("{\"error_code\":\"03\",\"message\":\"Hồ sơ đã tồn tại\"}")
                        .answer()
                        .kind());
        assertEquals(
                GatewayAnswer.Kind.INVALID,
                call("{\"error_code\":\"2\",\"message\":\"Thiếu MaLinhVuc\"}")
                        .answer()
                        .kind());
    }

    @Test
    void anythingElseIsNotAnAnswerAndIsTriedAgain() {
        for (String odd : List.of("{\"error_code\":\"OK\"}", "{\"error_code\":null}", "{\"message\":\"x\"}", "[]")) {
            PortalGateway.Call c = call(odd);
            assertEquals(GatewayAnswer.Kind.RETRY, c.answer().kind(), odd);
            assertEquals(Optional.empty(), c.errorCode(), odd);
        }
    }

    private static PortalSettings settings(String url) {
        return new PortalSettings() {
            public boolean enabled() {
                return true;
            }

            public Optional<String> url() {
                return Optional.of(url);
            }

            public Optional<String> username() {
                return Optional.of("motcua");
            }

            public Optional<String> password() {
                return Optional.of("secret");
            }

            public String unitCode() {
                return "H57";
            }

            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            public int batchSize() {
                return 100;
            }

            public int parallelism() {
                return 8;
            }

            public Duration backoffMin() {
                return Duration.ofSeconds(1);
            }

            public Duration backoffMax() {
                return Duration.ofMinutes(5);
            }

            public Duration lease() {
                return Duration.ofSeconds(60);
            }

            public int backfillBatch() {
                return 500;
            }
        };
    }
}
