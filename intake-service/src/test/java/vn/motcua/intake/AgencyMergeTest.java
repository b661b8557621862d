package vn.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.dossier.rest.Submissions;

/**
 * A commune merged into another: the old one is retired and its officers lose their rights at once, its online
 * dossier waiting for acceptance moves to the successor, whose officers accept it; AGENCY_MERGED is published once,
 * and repeating the merger changes nothing.
 */
@QuarkusTest
class AgencyMergeTest {
    static final String OLD = "000.31.30.H57";
    static final String SUCCESSOR = "000.32.30.H57";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    TopicTap tap;

    @BeforeEach
    void tapTheAgencyTopic() {
        tap = TopicTap.open(bootstrap, "agency-events");
    }

    @AfterEach
    void closeTheTap() {
        tap.close();
    }

    @Test
    void aMergerRetiresTheAgencyAndHandsItsWaitingDossiersToTheSuccessor() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT IGNORE INTO agency (code, name, level, parent_code, active)"
                                + " VALUES ('" + OLD
                                + "', 'Ủy ban nhân dân xã Tân Cương (cũ)', 'COMMUNE', '000.00.00.H57', TRUE),"
                                + " ('" + SUCCESSOR
                                + "', 'Ủy ban nhân dân xã Tân Cương', 'COMMUNE', '000.00.00.H57', TRUE)")
                        .executeUpdate());
        String citizen = "019095012345";
        String code = given().auth()
                .oauth2(TestTokens.citizen(citizen))
                .contentType("application/json")
                .body(Submissions.body(
                        "1.001193", OLD, citizen, "{\"componentCode\":\"TK\"},{\"componentCode\":\"GCS\"}"))
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .body("status", equalTo("NEW"))
                .extract()
                .path("code");
        given().auth()
                .oauth2(TestTokens.officer(OLD))
                .get("/api/dossiers/" + code)
                .then()
                .statusCode(200);

        // The successor must exist, be active and of the same level.
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{\"successorCode\":\"000.99.99.H57\"}")
                .post("/api/agencies/" + OLD + "/merge")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("successorCode"));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{\"successorCode\":\"000.00.12.H57\"}")
                .post("/api/agencies/" + OLD + "/merge")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("successorCode"));
        given().auth()
                .oauth2(TestTokens.officer(OLD))
                .contentType("application/json")
                .body("{\"successorCode\":\"" + SUCCESSOR + "\"}")
                .post("/api/agencies/" + OLD + "/merge")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{\"successorCode\":\"" + SUCCESSOR + "\"}")
                .post("/api/agencies/" + OLD + "/merge")
                .then()
                .statusCode(200)
                .body("movedNew", equalTo(1))
                .body("alreadyMerged", equalTo(false));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{\"successorCode\":\"" + SUCCESSOR + "\"}")
                .post("/api/agencies/" + OLD + "/merge")
                .then()
                .statusCode(200)
                .body("alreadyMerged", equalTo(true));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{\"successorCode\":\"000.21.30.H57\"}")
                .post("/api/agencies/" + OLD + "/merge")
                .then()
                .statusCode(409);

        // The old agency: gone from the registry, its officers without rights; the successor takes over.
        given().auth()
                .oauth2(TestTokens.citizen(citizen))
                .get("/api/agencies")
                .then()
                .body("code", not(hasItem(OLD)));
        given().auth()
                .oauth2(TestTokens.officer(OLD))
                .get("/api/dossiers/" + code)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.officer(OLD))
                .post("/api/dossiers/" + code + "/accept")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.officer(OLD))
                .contentType("application/json")
                .body(Submissions.body(
                        "1.001193", OLD, citizen, "{\"componentCode\":\"TK\"},{\"componentCode\":\"GCS\"}"))
                .post("/api/dossiers")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.officer(SUCCESSOR))
                .get("/api/dossiers?status=NEW&size=100")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(code));
        given().auth()
                .oauth2(TestTokens.officer(SUCCESSOR))
                .post("/api/dossiers/" + code + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("agencyCode", equalTo(SUCCESSOR));

        // One event, published on agency-events; the relay removes it from the outbox once the broker has it.
        assertEquals(
                1,
                tap.read(
                                r -> OLD.equals(r.key())
                                        && TopicTap.ofType("AGENCY_MERGED").test(r),
                                1,
                                Duration.ofSeconds(20))
                        .size());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = '" + OLD + "'") == 0);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** A department merged into the province's People's Committee: its waiting dossiers would reach no desk. */
    @Test
    void theSuccessorOfAnAgencyThatReceivesDossiersReceivesThemToo() {
        String department = "000.00.39.H57";
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT IGNORE INTO agency (code, name, level, parent_code, active)"
                                + " VALUES ('" + department + "', 'Sở Thử nghiệm', 'PROVINCE', '000.00.00.H57', TRUE)")
                        .executeUpdate());
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body("{\"successorCode\":\"000.00.00.H57\"}")
                .post("/api/agencies/" + department + "/merge")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("successorCode"));
        given().get("/api/agencies").then().statusCode(200).body("code", hasItem(department));
    }
}
