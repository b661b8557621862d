package vn.motcua.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** What the local stack's national-portal simulator accepted from the packaged intake-service (its control port). */
final class PortalSimulator {
    static final String CONTROL =
            "http://127.0.0.1:" + (Integer.parseInt(System.getenv().getOrDefault("STACK_PORTAL_PORT", "8095")) + 1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PortalSimulator() {}

    /** An empty portal: codes restart with each test database, so what earlier runs sent must go. */
    static void reset() {
        call(HttpRequest.newBuilder(URI.create(CONTROL + "/sim/reset"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    static Optional<JsonNode> dossier(String code) {
        HttpResponse<String> r = call(HttpRequest.newBuilder(URI.create(CONTROL + "/sim/dossiers/" + code))
                .GET()
                .build());
        try {
            return r.statusCode() == 200 ? Optional.of(new ObjectMapper().readTree(r.body())) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            // A time-out of its own: a simulator that stops answering fails the test instead of hanging the run.
            return HTTP.send(
                    HttpRequest.newBuilder(request, (name, value) -> true)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the portal simulator is not reachable at " + CONTROL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
