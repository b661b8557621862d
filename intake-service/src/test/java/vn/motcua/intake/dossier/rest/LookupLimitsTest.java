package vn.motcua.intake.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The lookup's limits count the forwarded client behind a trusted proxy, and each dossier code on its own. */
@QuarkusTest
class LookupLimitsTest {
    static int lookup(String forwardedFor, String code) {
        return given().header("X-Forwarded-For", forwardedFor)
                .contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"idNumber\":\"019095012345\"}")
                .when()
                .post("/api/lookup")
                .then()
                .extract()
                .statusCode();
    }

    static String address() {
        var r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(0, 255) + "." + r.nextInt(1, 255);
    }

    static String code() {
        return "LIMIT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void eachForwardedClientHasItsOwnLimit() {
        String first = address();
        for (int i = 0; i < 10; i++) {
            assertEquals(404, lookup(first, code()), "within the limit: an unknown code is 404");
        }
        assertEquals(429, lookup(first, code()), "the eleventh in a minute from the same citizen");
        // Another citizen behind the same ingress is not affected: the proxy's own address is not the bucket.
        assertEquals(404, lookup(address(), code()));
    }

    @Test
    void oneCodeCannotBeTriedFromManyAddresses() {
        String code = code();
        for (int i = 0; i < 30; i++) {
            assertEquals(404, lookup(address(), code));
        }
        assertEquals(429, lookup(address(), code), "the 31st try of one code in an hour, whoever asks");
        assertEquals(404, lookup(address(), code()), "other codes are still answered");
    }
}
