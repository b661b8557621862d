package vn.motcua.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The SMS gateway as a WireMock stub that fails on demand: 0900000503 gets a 503 once and then succeeds,
 * 0900000400 is refused with 400, every other number is accepted.
 */
public class SmsGatewayStub implements QuarkusTestResourceLifecycleManager {
    public static final String FLAKY = "0900000503";
    public static final String REFUSED = "0900000400";
    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/messages"))
                .atPriority(10)
                .withHeader("Authorization", equalTo("Bearer test-sms-key"))
                .willReturn(aResponse().withStatus(202)));
        server.stubFor(post(urlEqualTo("/messages"))
                .atPriority(1)
                .withRequestBody(containing(REFUSED))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid number\"}")));
        server.stubFor(post(urlEqualTo("/messages"))
                .atPriority(1)
                .withRequestBody(containing(FLAKY))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503)));
        server.stubFor(post(urlEqualTo("/messages"))
                .atPriority(1)
                .withRequestBody(containing(FLAKY))
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(202)));
        return Map.of("quarkus.rest-client.sms.url", server.baseUrl(), "notification.sms.api-key", "test-sms-key");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
