package vn.motcua.intake.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.dossier.domain.DossierCode;

/**
 * Hundreds of concurrent counter submissions at one agency: every code unique, the day's numbers gap-free, with
 * the agency's group-commit lane writing several in one transaction.
 */
@QuarkusTest
class CodeConcurrencyTest {
    static final String COMMUNE = "000.22.30.H57";
    static final int SUBMISSIONS = 300;

    @Inject
    MeterRegistry registry;

    @Test
    void concurrentSubmissionsGetUniqueGapFreeCodes() throws Exception {
        long transactionsBefore = batches().count();
        String token = TestTokens.officer(COMMUNE);
        String body = Submissions.body(
                "1.001193", COMMUNE, "019095012345", "{\"componentCode\":\"TK\"},{\"componentCode\":\"GCS\"}");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<String>> codes = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                codes.add(pool.submit(() -> given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(body)
                        .when()
                        .post("/api/dossiers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("code")));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<String> code : codes) {
                numbers.add(DossierCode.parse(code.get()).orElseThrow().sequence());
            }
            numbers.sort(Integer::compare);
            // The test schema is emptied at start and no other test uses this agency.
            assertEquals(IntStream.rangeClosed(1, SUBMISSIONS).boxed().toList(), numbers);
            // The agency's lane wrote some of them together (group commit): the numbers above came from batches too.
            long transactions = batches().count() - transactionsBefore;
            assertTrue(transactions < SUBMISSIONS, transactions + " transactions for " + SUBMISSIONS + " dossiers");
        } finally {
            pool.shutdownNow();
        }
    }

    DistributionSummary batches() {
        return registry.get("intake_submission_batch_size").summary();
    }
}
