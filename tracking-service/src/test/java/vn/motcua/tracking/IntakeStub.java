package vn.motcua.tracking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * intake-service's agency registry as a stub: the seeded active agencies, only to a caller with a bearer token
 * (tracking gets a real one from the local stack's Keycloak by client credentials).
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
        return Map.of("quarkus.rest-client.intake.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
