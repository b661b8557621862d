package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;

/** What citizens and officers do, over HTTP with real tokens, against the packaged system. */
final class Dossiers {
    static final String AGENCY = "000.00.12.H57";
    static final String CITIZEN_ID = "019095012345";
    private final PackagedSystem system;

    Dossiers(PackagedSystem system) {
        this.system = system;
    }

    static String body(String procedure, String idNumber, String email, String phone, String... components) {
        StringBuilder docs = new StringBuilder();
        for (String c : components) {
            docs.append(docs.isEmpty() ? "" : ",")
                    .append("{\"componentCode\":\"")
                    .append(c)
                    .append("\"}");
        }
        return """
                {"procedureCode":"%s","agencyCode":"%s",
                 "applicant":{"type":"CITIZEN","fullName":"Nguyễn Văn An","idNumber":"%s","phone":"%s","email":"%s",
                   "address":"Phường Phan Đình Phùng, Thái Nguyên"},
                 "documents":[%s]}""".formatted(procedure, AGENCY, idNumber, phone, email, docs);
    }

    /** Received at the counter by officer1: RECEIVED at once. */
    Response counter(String body) {
        return given().baseUri(system.intake.url())
                .auth()
                .oauth2(Tokens.of("officer1"))
                .contentType("application/json")
                .body(body)
                .post("/api/dossiers");
    }

    /** Submitted online by citizen1, then accepted by officer1. */
    String onlineAccepted(String email) {
        return onlineAccepted(email, "{\"componentCode\":\"TK\"}", "{\"componentCode\":\"CCCD\"}");
    }

    /** The same with the documents given as JSON objects (a fileId of citizen1's upload, say). */
    String onlineAccepted(String email, String... documents) {
        String body = body("2.000488", CITIZEN_ID, email, "0912345678")
                .replace("\"documents\":[]", "\"documents\":[" + String.join(",", documents) + "]");
        String code = submitted("citizen1", body);
        given().baseUri(system.intake.url())
                .auth()
                .oauth2(Tokens.of("officer1"))
                .post("/api/dossiers/" + code + "/accept")
                .then()
                .statusCode(200);
        return code;
    }

    /** Submitted online by a citizen of the realm: NEW, waiting for an officer. */
    String submitted(String citizen, String body) {
        return given().baseUri(system.intake.url())
                .auth()
                .oauth2(Tokens.of(citizen))
                .contentType("application/json")
                .body(body)
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }

    /** Waits until tracking knows the dossier (its clock started). */
    void awaitTracked(String code) {
        await().atMost(Duration.ofSeconds(30)).until(() -> timeline(code).statusCode() == 200);
    }

    Response act(String code, String json) {
        return given().baseUri(system.tracking().url())
                .auth()
                .oauth2(Tokens.of("officer1"))
                .contentType("application/json")
                .body(json)
                .post("/api/dossiers/" + code + "/actions");
    }

    void actOk(String code, String json) {
        Response r = act(code, json);
        if (r.statusCode() != 200) {
            throw new AssertionError(json + " on " + code + " answered " + r.statusCode() + ": " + r.asString());
        }
    }

    Response timeline(String code) {
        return given().baseUri(system.tracking().url())
                .auth()
                .oauth2(Tokens.of("ops1"))
                .get("/api/dossiers/" + code + "/timeline");
    }

    List<String> history(String code) {
        return timeline(code).then().extract().path("history.type");
    }
}
