package vn.motcua.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Health (database and Kafka consumer), Prometheus metrics and OpenAPI are served without a token. */
@QuarkusTest
class PlatformEndpointsTest {

    /** Health and metrics live on the management interface. */
    @ConfigProperty(name = "quarkus.management.test-port")
    int management;

    @Test
    void readinessCoversTheDatabaseAndTheConsumer() {
        given().port(management).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void prometheusMetricsAreExported() {
        given().port(management).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("kafka_consumer_"));
    }

    @Test
    void openApiDocumentsTheApi() {
        given().port(management).accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/notifications"))
                .body(containsString("\"Apache-2.0\""));
        // Not on the public port: the API's map is for the network inside.
        given().accept("application/json").when().get("/q/openapi").then().statusCode(404);
    }
}
