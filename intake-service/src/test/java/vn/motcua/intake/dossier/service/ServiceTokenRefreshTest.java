package vn.motcua.intake.dossier.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TrackingStub;

/**
 * The service-account token intake sends to tracking's calendar is never one about to expire: sent in its last
 * second, it arrives expired (401) and the receipt goes out without its appointment. tracking's scorecard hit exactly
 * that against intake, calling every 5 minutes, the realm's token lifetime.
 */
@QuarkusTest
@TestProfile(ServiceTokenRefreshTest.ShortTokens.class)
class ServiceTokenRefreshTest {

    /** A token endpoint whose tokens live 20 s, shorter than the margin the client keeps before an expiry. */
    public static class ShortTokens implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TokenEndpoint.class));
        }
    }

    public static class TokenEndpoint implements QuarkusTestResourceLifecycleManager {
        private WireMockServer server;

        @Override
        public Map<String, String> start() {
            server = new WireMockServer(wireMockConfig().dynamicPort());
            server.start();
            server.stubFor(post(urlPathEqualTo("/token"))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody("""
                                    {"access_token":"short-lived-service-account-token","token_type":"Bearer",\
                                    "expires_in":20}""")));
            return Map.of(
                    "quarkus.oidc-client.auth-server-url", server.baseUrl(),
                    "quarkus.oidc-client.discovery-enabled", "false",
                    "quarkus.oidc-client.token-path", "/token");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop();
            }
        }
    }

    @RestClient
    TrackingCalendarClient tracking;

    @ConfigProperty(name = "quarkus.oidc-client.auth-server-url")
    String tokenServer;

    @Test
    void aTokenThatExpiresWithinTheMarginIsReplacedBeforeTheCall() {
        URI server = URI.create(tokenServer);
        WireMock tokens = new WireMock(server.getHost(), server.getPort());

        for (int call = 0; call < 2; call++) {
            assertEquals(
                    OffsetDateTime.parse(TrackingStub.DUE_AT).toInstant(),
                    tracking.dueDate("2026-11-23T09:00:00+07:00", "10").dueAt().toInstant());
        }

        // Twenty seconds left is inside the margin: each call took a fresh token rather than risk one that
        // expires on its way to tracking (a token with more time left is reused; Keycloak's live 300 s).
        assertEquals(2, tokens.find(postRequestedFor(urlPathEqualTo("/token"))).size());
    }
}
