package vn.motcua.tracking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * intake-service's agency registry as a stub: the seeded active agencies, only to a caller with a bearer token
 * (tracking gets a real one from the local stack's Keycloak by client credentials). And its portal-sync figures
 * for the scorecard: September 2026 known (5 received at 000.40.30.H57, 4 on the portal), August 2026 with the sync
 * switched off, July 2026 failing; any other month is not found.
 */
public class IntakeStub implements QuarkusTestResourceLifecycleManager {
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/agencies"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(401)));
        server.stubFor(get(urlPathEqualTo("/api/agencies"))
                .atPriority(5)
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_.-]{20,}"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        [{"code":"000.00.12.H57","name":"Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên",\
                        "level":"PROVINCE"},
                         {"code":"000.00.13.H57","name":"Sở Xây dựng tỉnh Thái Nguyên","level":"PROVINCE"},
                         {"code":"000.21.30.H57","name":"Ủy ban nhân dân phường Phan Đình Phùng","level":"COMMUNE"},
                         {"code":"000.22.30.H57","name":"Ủy ban nhân dân xã Đại Phúc","level":"COMMUNE"},
                         {"code":"000.40.30.H57","name":"Ủy ban nhân dân xã Tân Cương","level":"COMMUNE"}]""")));
        server.stubFor(get(urlPathEqualTo("/api/portal-sync/monthly"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(401)));
        portalMonth("2026-09", 200, """
                {"month":"2026-09","syncEnabled":true,\
                "agencies":[{"agency":"000.40.30.H57","received":5,"onPortal":4}]}""");
        portalMonth("2026-08", 200, """
                {"month":"2026-08","syncEnabled":false,\
                "agencies":[{"agency":"000.40.30.H57","received":5,"onPortal":0}]}""");
        portalMonth("2026-07", 503, "{}");
        return Map.of("tracking.intake.url", server.baseUrl());
    }

    private void portalMonth(String month, int status, String body) {
        server.stubFor(get(urlPathEqualTo("/api/portal-sync/monthly"))
                .atPriority(5)
                .withQueryParam("month", equalTo(month))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_.-]{20,}"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
