package vn.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.web.config.WebSettings;

/** Health, Prometheus metrics and OpenAPI on the management interface; the browser defences on the API port. */
@QuarkusTest
class PlatformEndpointsTest {

    /** Health and metrics live on the management interface. */
    @ConfigProperty(name = "quarkus.management.test-port")
    int management;

    @Inject
    WebSettings web;

    /**
     * Readiness is the database alone: a broker outage must not take the API out of service (events wait in the
     * outbox or the topic). The consumers are watched by liveness, where a failed one restarts the instance.
     */
    @Test
    void readinessIsTheDatabaseAndTheConsumersAreInLiveness() {
        given().port(management)
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Kafka connection health check")))
                .body(not(containsString("status-events")));
        given().port(management)
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body(containsString("status-events"));
        // Not on the API's port: probes never share it with (or queue behind) API requests.
        given().when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void prometheusMetricsIncludeTheOutboxBacklog() {
        given().port(management)
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("intake_outbox_backlog"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void everyOperationHasItsOwnId() {
        Map<String, Map<String, Map<String, Object>>> paths = given().port(management)
                .accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                assertNotNull(operation.get("operationId"), method + " " + path + " has no operationId");
                ids.add(operation.get("operationId").toString());
            }
        }));
        assertFalse(ids.isEmpty());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "operationIds repeat: " + ids);
    }

    @Test
    void openApiDocumentsTheApi() {
        given().port(management)
                .accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/agencies"))
                .body(containsString("\"Apache-2.0\""));
        // Not on the public port: the API's map is for the network inside.
        given().accept("application/json").when().get("/q/openapi").then().statusCode(404);
    }

    /** Without an icon of their own, browsers ask for /favicon.ico on every page and log its 404. */
    @Test
    void bothPagesNameTheirIconAndItIsServed() {
        for (String path : new String[] {"/", "/can-bo.html"}) {
            String html =
                    given().when().get(path).then().statusCode(200).extract().asString();
            assertTrue(html.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"), path);
        }
        given().when()
                .get("/favicon.svg")
                .then()
                .statusCode(200)
                .contentType(containsString("image/svg+xml"))
                .body(containsString("<svg"));
    }

    @Test
    void pagesAndAnswersCarryTheBrowsersDefences() {
        for (String path : new String[] {"/", "/can-bo.html", "/js/app.js", "/api/procedures"}) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header(
                            "Content-Security-Policy",
                            containsString("default-src 'self'; script-src 'self'; style-src 'self'"))
                    .header("Content-Security-Policy", containsString("object-src 'none'"))
                    .header("Strict-Transport-Security", containsString("max-age="));
        }
    }

    @Test
    void thePagesMayCallOnlyThisServiceKeycloakAndTracking() {
        String policy = given().when().get("/").then().statusCode(200).extract().header("Content-Security-Policy");
        String connect =
                policy.substring(policy.indexOf("connect-src"), policy.indexOf(';', policy.indexOf("connect-src")));
        URI keycloak = URI.create(web.oidcUrl());
        URI tracking = URI.create(web.trackingUrl());
        assertEquals(
                "connect-src 'self' " + keycloak.getScheme() + "://" + keycloak.getAuthority() + " "
                        + tracking.getScheme() + "://" + tracking.getAuthority(),
                connect);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
    }

    @Test
    void theVendoredKeycloakClientIsTheReleasedFile() throws Exception {
        // js/vendor/README.md names the release and its digest: a file edited by accident fails here.
        byte[] served = given().when()
                .get("/js/vendor/keycloak.js")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertEquals(
                "12ea5e286a90308c2cce9768c41a8d0d2724ff00c0800a614fdf28cd4a43d43f",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served)));
    }

    @Test
    void anEndpointNobodyAnnotatedIsRefusedNotPublic() {
        given().when()
                .get("/api/test-probe/unannotated")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(403)));
        given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .when()
                .get("/api/test-probe/unannotated")
                .then()
                .statusCode(403);
        // The public ones say so: the catalogue and the web configuration need no token.
        given().when().get("/api/procedures").then().statusCode(200);
        given().when().get("/api/web-config").then().statusCode(200);
    }
}
