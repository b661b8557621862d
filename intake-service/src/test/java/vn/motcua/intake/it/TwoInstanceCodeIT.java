package vn.motcua.intake.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service share one database: 300 concurrent counter submissions, split
 * between them, get 300 distinct codes whose numbers run without a gap.
 */
class TwoInstanceCodeIT {
    static final String AGENCY = "000.00.13.H57";
    static final int SUBMISSIONS = 300;
    static PackagedIntake first;
    static PackagedIntake second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // Tracking is not running here: a closed port, so appointments stay pending and answers stay fast.
        String tracking = "http://127.0.0.1:" + PackagedIntake.freePort();
        first = PackagedIntake.start("intake-a", tracking);
        second = PackagedIntake.start("intake-b", tracking);
    }

    @AfterAll
    static void stop() throws Exception {
        for (PackagedIntake instance : new PackagedIntake[] {first, second}) {
            if (instance != null) {
                instance.close();
                assertEquals(List.of(), instance.failuresAtShutdown(), "no job ran into the shutdown");
            }
        }
    }

    @Test
    void concurrentSubmissionsOnTwoInstancesGetUniqueGapFreeCodes() throws Exception {
        String token = given().formParam("grant_type", "password")
                .formParam("client_id", "motcua-web")
                .formParam("username", "officer2")
                .formParam("password", "officer2")
                .post(PackagedIntake.KEYCLOAK + "/realms/motcua/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        String body = """
                {"procedureCode":"2.000488","agencyCode":"%s",
                 "applicant":{"type":"CITIZEN","fullName":"Trần Thị Bình","idNumber":"001301000123",\
                "phone":"0987654321"},
                 "documents":[{"componentCode":"TK"},{"componentCode":"CCCD"}]}""".formatted(AGENCY);
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            String base = (i % 2 == 0 ? first : second).url();
            answers.add(pool.submit(() -> given().baseUri(base)
                    .auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(body)
                    .post("/api/dossiers")));
        }
        List<String> codes = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response r = answer.get();
            assertEquals(201, r.statusCode(), r.asString());
            codes.add(r.path("code"));
        }
        pool.shutdown();

        List<Integer> numbers = codes.stream()
                .map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        assertEquals(SUBMISSIONS, codes.stream().distinct().count(), "every code is distinct");
        for (int i = 1; i < numbers.size(); i++) {
            assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "numbers run without a gap: " + numbers);
        }
        assertTrue(codes.stream().allMatch(c -> c.startsWith(AGENCY + "-")), "all at the receiving agency");
    }
}
