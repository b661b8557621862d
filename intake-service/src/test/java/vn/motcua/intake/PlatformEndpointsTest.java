package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Health (database and Kafka) and Prometheus metrics on the management interface, OpenAPI on the API port, all without a token. */
@QuarkusTest
class PlatformEndpointsTest {

    /** Health and metrics live on the management interface. */
    @ConfigProperty(name = "quarkus.management.test-port")
    int management;

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().port(management).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        // Not on the API's port: probes never share it with (or queue behind) API requests.
        given().when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void prometheusMetricsIncludeTheOutboxBacklog() {
        given().port(management).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("intake_outbox_backlog"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentsTheApi() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/agencies"));
    }

    @Test
    void pagesAndAnswersCarryTheBrowsersDefences() {
        for (String path : new String[] {"/", "/can-bo.html", "/js/app.js", "/api/procedures"}) {
            given().when().get(path).then().statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Strict-Transport-Security", containsString("max-age="));
        }
    }

    @Test
    void anEndpointNobodyAnnotatedIsRefusedNotPublic() {
        given().when().get("/api/test-probe/unannotated").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(403)));
        given().auth().oauth2(TestTokens.citizen("019095012345")).when().get("/api/test-probe/unannotated").then().statusCode(403);
        // The public ones say so: the catalogue and the web configuration need no token.
        given().when().get("/api/procedures").then().statusCode(200);
        given().when().get("/api/web-config").then().statusCode(200);
    }
}
