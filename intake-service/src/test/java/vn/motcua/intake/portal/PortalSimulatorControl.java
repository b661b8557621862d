package vn.motcua.intake.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The local stack's portal simulator, through its control port: faults, a clean slate, what it accepted. */
public final class PortalSimulatorControl {
    static final String CONTROL =
            "http://127.0.0.1:" + (Integer.parseInt(System.getenv().getOrDefault("STACK_PORTAL_PORT", "8095")) + 1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private PortalSimulatorControl() {}

    public static void reset() {
        post("/sim/reset", "{}");
    }

    /** DOWN, SLOW, ERROR, THROTTLE, ACCEPT_THEN_TIMEOUT or NONE, for the next {@code calls} calls (-1: all). */
    public static void fault(String mode, int calls) {
        post("/sim/faults", "{\"mode\":\"" + mode + "\",\"calls\":" + calls + "}");
    }

    /** Every session the gateway gave out ends now, as the real one's do after their lifetime. */
    public static void expireSessions() {
        post("/sim/sessions/expire", "{}");
    }

    public static Optional<JsonNode> dossier(String code) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(CONTROL + "/sim/dossiers/" + code))
                .GET()
                .build());
        return r.statusCode() == 200 ? Optional.of(read(r.body())) : Optional.empty();
    }

    private static void post(String path, String body) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(CONTROL + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            // A time-out of its own: a simulator that stops answering fails the test instead of hanging the run.
            return HTTP.send(
                    HttpRequest.newBuilder(request, (name, value) -> true)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "portal simulator not reachable at " + CONTROL + " (deploy/stack start)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
