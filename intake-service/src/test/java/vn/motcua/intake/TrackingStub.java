package vn.motcua.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * tracking-service's calendar API as a stub: it answers only calls that carry a bearer token (intake gets a
 * real one from Keycloak by client credentials), and breaks the connection for a 15-day procedure, which
 * stands for "tracking is down". Any other path answers 404 unless a test stubs it through the stub's admin API.
 */
public class TrackingStub implements QuarkusTestResourceLifecycleManager {
    public static final String DUE_AT = "2026-12-03T11:30:00+07:00";
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/calendar/due-date"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(401)));
        server.stubFor(get(urlPathEqualTo("/api/calendar/due-date"))
                .atPriority(5)
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_.-]{20,}"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"effectiveReceivedAt\":\"2026-11-23T09:00:00+07:00\",\"dueAt\":\"" + DUE_AT
                                + "\",\"workingDays\":\"10\"}")));
        server.stubFor(get(urlPathEqualTo("/api/calendar/due-date"))
                .atPriority(1)
                .withQueryParam("workingDays", equalTo("15"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        return Map.of("intake.tracking.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
