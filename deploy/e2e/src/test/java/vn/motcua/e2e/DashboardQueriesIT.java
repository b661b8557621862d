package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every panel of the Grafana dashboards in deploy/grafana, sent to a real Prometheus that has scraped the
 * packaged services after a short workload: each query must parse and return data. A panel on a metric the
 * services do not export fails here. The rules of deploy/prometheus must load and evaluate cleanly too.
 */
class DashboardQueriesIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static PackagedSystem system;

    @BeforeAll
    static void workload() {
        system = PackagedSystem.get();
        Dossiers dossiers = new Dossiers(system);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = "dash" + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
            codes.add(dossiers.counter(Dossiers.body("2.000488", "001301000123", email, "0987654321", "TK", "CCCD"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("code"));
        }
        codes.add(dossiers.onlineAccepted("dash.online@example.vn"));
        codes.forEach(dossiers::awaitTracked);
        dossiers.actOk(codes.get(0), "{\"action\":\"START_PROCESSING\"}");
        dossiers.actOk(codes.get(0), "{\"action\":\"RESOLVE\"}");
        dossiers.actOk(codes.get(0), "{\"action\":\"RETURN_RESULT\"}");
        dossiers.actOk(codes.get(1), "{\"action\":\"REQUEST_SUPPLEMENT\",\"reason\":\"Bản sao CCCD có chứng thực\"}");
        // Steady reads for a few scrapes, so that request rates are rates and not one burst inside one scrape.
        for (int i = 0; i < 40; i++) {
            given().baseUri(system.intake.url()).get("/api/procedures").then().statusCode(200);
            dossiers.timeline(codes.get(0)).then().statusCode(200);
            given().baseUri(system.notification.url())
                    .auth()
                    .oauth2(Tokens.of("ops1"))
                    .queryParam("dossierCode", codes.get(0))
                    .get("/api/notifications")
                    .then()
                    .statusCode(200);
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        // Scraped after the gauges refreshed: the month's resolutions and a sent notification are visible.
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        !query("tracking_resolved_month{outcome=\"EARLY\"} > 0").isEmpty()
                                && !query("tracking_scorecard_percent{agency=\"" + Dossiers.AGENCY + "\"}")
                                        .isEmpty()
                                && !query("notification_sent_total").isEmpty()
                                && query("rate(http_server_requests_seconds_count[1m]) > 0")
                                                .size()
                                        >= 3);
    }

    static List<JsonNode> query(String promql) {
        String body = given().baseUri(system.prometheus.url())
                .queryParam("query", promql)
                .get("/api/v1/query")
                .asString();
        try {
            JsonNode answer = JSON.readTree(body);
            if (!"success".equals(answer.path("status").asText())) {
                throw new AssertionError(promql + " → " + body);
            }
            List<JsonNode> result = new ArrayList<>();
            answer.path("data").path("result").forEach(result::add);
            return result;
        } catch (IOException e) {
            throw new AssertionError(promql + " → " + body, e);
        }
    }

    static List<JsonNode> panels() throws IOException {
        List<JsonNode> panels = new ArrayList<>();
        try (Stream<Path> files = Files.list(PackagedSystem.root().resolve("deploy/grafana/dashboards"))) {
            for (Path f : files.sorted().toList()) {
                JSON.readTree(f.toFile()).path("panels").forEach(panels::add);
            }
        }
        assertTrue(panels.size() >= 39, "four dashboards' panels, found " + panels.size());
        return panels;
    }

    @Test
    void everyPanelQueryReturnsDataFromTheRunningServices() throws IOException {
        List<String> failures = new ArrayList<>();
        int queries = 0;
        for (JsonNode panel : panels()) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr")
                        .asText()
                        .replace("$__rate_interval", "1m")
                        .replace("$agency", Dossiers.AGENCY);
                queries++;
                try {
                    if (query(expr).isEmpty()) {
                        failures.add(panel.path("title").asText() + ": no data for " + expr);
                    }
                } catch (AssertionError e) {
                    failures.add(panel.path("title").asText() + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures, queries + " panel queries");
    }

    @Test
    void everyPanelHasATitleADescriptionAUnitAndUsesTheDatasourceVariable() throws IOException {
        for (JsonNode panel : panels()) {
            String title = panel.path("title").asText();
            assertTrue(
                    !title.isBlank() && !panel.path("description").asText().isBlank(),
                    "title and description: " + panel);
            assertTrue(
                    !panel.path("fieldConfig")
                            .path("defaults")
                            .path("unit")
                            .asText()
                            .isBlank(),
                    "unit of " + title);
            assertEquals("${datasource}", panel.path("datasource").path("uid").asText(), title);
            for (JsonNode target : panel.path("targets")) {
                assertEquals(
                        "${datasource}", target.path("datasource").path("uid").asText(), title);
                String expr = target.path("expr").asText();
                if (expr.contains("rate(") || expr.contains("increase(")) {
                    assertTrue(expr.contains("[$__rate_interval]"), title + " must use $__rate_interval: " + expr);
                }
            }
        }
    }

    @Test
    void theAgencyVariableListsTheAgencyAndTheRulesEvaluateWithoutErrors() {
        List<String> agencies = given().baseUri(system.prometheus.url())
                .queryParam("match[]", "tracking_dossiers_open")
                .get("/api/v1/label/agency/values")
                .then()
                .statusCode(200)
                .extract()
                .path("data");
        assertTrue(agencies.contains(Dossiers.AGENCY), agencies.toString());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> health = given().baseUri(system.prometheus.url())
                    .get("/api/v1/rules")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("data.groups.rules.flatten().health");
            assertTrue(health.size() >= 11 && health.stream().allMatch("ok"::equals), health.toString());
        });
        assertTrue(
                query("up{job=~\"intake-service|tracking-service|notification-service\"} == 1")
                                .size()
                        == 3,
                "all three scraped");
    }
}
