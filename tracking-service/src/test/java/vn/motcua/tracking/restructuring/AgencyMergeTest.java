package vn.motcua.tracking.restructuring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.ConsumerGroups;
import vn.motcua.tracking.TestKafka;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.TrackedDossiers;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/**
 * Intake's AGENCY_MERGED moves what the old agency still holds, clocks intact, once however often it is delivered, and
 * the statistics follow the open ones.
 */
@QuarkusTest
class AgencyMergeTest {
    static final String OLD = "000.98.01.H57";
    static final String NEW = "000.98.02.H57";

    @Inject
    DossierTracking tracking;

    @Inject
    DossierActions actions;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.agency-events.group.id")
    String group;

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    @Test
    void openDossiersMoveWithTheirClocksAndFinishedOnesStayPut() throws Exception {
        Actor officer = new Actor("officer", "officer", Optional.of(OLD));
        String open = TrackedDossiers.start(
                tracking, OLD, "1.001612", "COUNTER", "2026-09-07T09:00:00+07:00", "3", TrackedDossiers.CITIZEN_HASH);
        String resolved = TrackedDossiers.start(
                tracking, OLD, "1.001612", "ONLINE", "2026-09-07T09:00:00+07:00", "3", TrackedDossiers.CITIZEN_HASH);
        actions.apply(resolved, DossierActions.Command.of(Action.RESOLVE), officer, at("2026-09-08T09:00:00"));
        String returned = TrackedDossiers.start(
                tracking, OLD, "1.001612", "COUNTER", "2026-09-07T09:00:00+07:00", "3", TrackedDossiers.CITIZEN_HASH);
        actions.apply(returned, DossierActions.Command.of(Action.RESOLVE), officer, at("2026-09-08T09:00:00"));
        actions.apply(returned, DossierActions.Command.of(Action.RETURN_RESULT), officer, at("2026-09-08T10:00:00"));
        String ops = TestTokens.role("ops");
        String dueBefore = given().auth()
                .oauth2(ops)
                .get("/api/dossiers/" + open + "/timeline")
                .then()
                .extract()
                .path("dueAt");

        // Intake owns the registry and publishes the merger; the same event delivered twice moves nothing twice.
        String event = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"AGENCY_MERGED\",\"agencyCode\":\"" + OLD
                + "\",\"agencyName\":\"Sở cũ\",\"successorCode\":\"" + NEW + "\",\"successorName\":\"Sở mới\","
                + "\"occurredAt\":\"2026-09-10T02:00:00Z\",\"actor\":\"admin1\"}";
        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        try (var producer = new KafkaProducer<>(
                TestKafka.admin(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("agency-events", OLD, "{not json"))
                    .get();
            producer.send(new ProducerRecord<>("agency-events", OLD, event)).get();
            producer.send(new ProducerRecord<>("agency-events", OLD, event)).get();
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(ops)
                        .get("/api/dossiers/" + open + "/timeline")
                        .then()
                        .body("holdingAgency", equalTo(NEW)));
        await().pollDelay(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().auth()
                        .oauth2(ops)
                        .get("/api/dossiers/" + open + "/timeline")
                        .then()
                        .body("history.findAll { it.type == 'DOSSIER_AGENCY_MERGED' }.size()", equalTo(1)));

        given().auth()
                .oauth2(ops)
                .get("/api/dossiers/" + open + "/timeline")
                .then()
                .body("agencyCode", equalTo(NEW))
                .body("holdingAgency", equalTo(NEW))
                .body("dueAt", equalTo(dueBefore))
                .body("history.type", hasItem("DOSSIER_AGENCY_MERGED"));
        given().auth()
                .oauth2(ops)
                .get("/api/dossiers/" + resolved + "/timeline")
                .then()
                .body("agencyCode", equalTo(OLD))
                .body("holdingAgency", equalTo(NEW));
        given().auth()
                .oauth2(ops)
                .get("/api/dossiers/" + returned + "/timeline")
                .then()
                .body("holdingAgency", equalTo(OLD))
                .body("history.type", not(hasItem("DOSSIER_AGENCY_MERGED")));
        // The successor's officers act on it now; the old agency's cannot.
        given().auth()
                .oauth2(TestTokens.officer(NEW))
                .contentType("application/json")
                .body("{\"action\":\"START_PROCESSING\"}")
                .when()
                .post("/api/dossiers/" + open + "/actions")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.officer(OLD))
                .contentType("application/json")
                .body("{\"action\":\"RESOLVE\"}")
                .when()
                .post("/api/dossiers/" + open + "/actions")
                .then()
                .statusCode(404); // no longer theirs to see

        given().auth()
                .oauth2(ops)
                .queryParam("from", "2026-09-01")
                .queryParam("to", "2026-09-30")
                .queryParam("agency", NEW)
                .get("/api/statistics")
                .then()
                .body("total.receivedCounter", equalTo(1))
                .body("total.received", equalTo(1));
        given().auth()
                .oauth2(ops)
                .queryParam("from", "2026-09-01")
                .queryParam("to", "2026-09-30")
                .queryParam("agency", OLD)
                .get("/api/statistics")
                .then()
                .body("total.received", equalTo(2))
                .body("total.resolved", equalTo(2));
    }
}
