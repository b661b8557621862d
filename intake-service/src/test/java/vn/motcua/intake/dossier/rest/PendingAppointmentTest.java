package vn.motcua.intake.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.ConsumerGroups;
import vn.motcua.intake.TestKafka;
import vn.motcua.intake.TestTokens;

/**
 * A dossier received while tracking was down gets its appointment from tracking's deadline event, once; a deadline
 * event that says the receipt gave the appointment is not looked up.
 */
@QuarkusTest
class PendingAppointmentTest {
    static final String AGENCY = "000.00.13.H57";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.status-events.group.id")
    String group;

    @Test
    void theDeadlineEventFillsInAPendingAppointmentAndNeverMovesIt() throws Exception {
        String token = TestTokens.officer(AGENCY);
        String code = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Submissions.body(
                        "1.009994",
                        AGENCY,
                        "019095012345",
                        "{\"componentCode\":\"DN\"},{\"componentCode\":\"QSDD\"},{\"componentCode\":\"BV\"}"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .body("appointmentPending", equalTo(true))
                .extract()
                .path("code");

        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer())) {
            // An event saying the receipt gave the appointment is not read as filling in this one.
            producer.send(new ProducerRecord<>(
                            "dossier-status-events",
                            code,
                            event("DOSSIER_DEADLINE_SET", code, "2026-12-11T10:00:00Z", ",\"appointmentGiven\":true")))
                    .get();
            producer.send(new ProducerRecord<>("dossier-status-events", code, deadline(code, "2026-12-18T10:00:00Z")))
                    .get();
            producer.send(new ProducerRecord<>("dossier-status-events", code, deadline(code, "2027-01-08T10:00:00Z")))
                    .get();
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .when()
                        .get("/api/dossiers/" + code)
                        .then()
                        .statusCode(200)
                        .body("appointmentPending", equalTo(false))
                        .body("appointmentAt", equalTo("2026-12-18T17:00:00+07:00")));
    }

    @Test
    void aCalendarChangeMovesAGivenAppointmentUnlessAnApologySetItsOwn() throws Exception {
        String token = TestTokens.officer("000.00.12.H57");
        String moved = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Submissions.criminalRecord("000.00.12.H57", "019095012345"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .body("appointmentPending", equalTo(false))
                .extract()
                .path("code");
        String apologised = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Submissions.criminalRecord("000.00.12.H57", "019095012345"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        String given = given().auth()
                .oauth2(token)
                .get("/api/dossiers/" + apologised)
                .then()
                .extract()
                .path("appointmentAt");

        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer())) {
            // One partition, the apology's dossier first: once the other has moved, this one has been read too.
            producer.send(new ProducerRecord<>(
                            "dossier-status-events",
                            0,
                            apologised,
                            event(
                                    "DOSSIER_DEADLINE_CHANGED",
                                    apologised,
                                    "2026-12-21T04:30:00Z",
                                    ",\"newAppointmentAt\":\"2027-01-15T09:30:00Z\"")))
                    .get();
            producer.send(new ProducerRecord<>(
                            "dossier-status-events",
                            0,
                            moved,
                            event("DOSSIER_DEADLINE_CHANGED", moved, "2026-12-21T04:30:00Z", "")))
                    .get();
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .when()
                        .get("/api/dossiers/" + moved)
                        .then()
                        .statusCode(200)
                        .body("appointmentAt", equalTo("2026-12-21T11:30:00+07:00")));
        given().auth().oauth2(token).get("/api/dossiers/" + apologised).then().body("appointmentAt", equalTo(given));
    }

    private static String deadline(String code, String dueAt) {
        return event("DOSSIER_DEADLINE_SET", code, dueAt, "");
    }

    private static String event(String type, String code, String dueAt, String more) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"dossierCode\":\"" + code
                + "\",\"occurredAt\":\"2026-11-28T03:00:00Z\",\"nationalStatus\":2,\"status\":\"RECEIVED\","
                + "\"agencyCode\":\"" + AGENCY + "\",\"dueAt\":\"" + dueAt + "\"" + more + "}";
    }
}
