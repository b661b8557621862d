package vn.motcua.tracking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Health (readiness: the database; liveness: the Kafka consumers), Prometheus metrics and OpenAPI are served without
 * a token.
 */
@QuarkusTest
class PlatformEndpointsTest {

    /** Health and metrics live on the management interface. */
    @ConfigProperty(name = "quarkus.management.test-port")
    int management;

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
                .body(not(containsString("intake-events")))
                .body(not(containsString("agency-events")));
        given().port(management)
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body(containsString("intake-events"))
                .body(containsString("agency-events"));
    }

    @Test
    void prometheusMetricsAreExported() {
        given().port(management)
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("kafka_consumer_"));
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
                .body(containsString("/api/session"))
                .body(containsString("\"Apache-2.0\""));
        // Not on the public port: the API's map is for the network inside.
        given().accept("application/json").when().get("/q/openapi").then().statusCode(404);
    }
}
