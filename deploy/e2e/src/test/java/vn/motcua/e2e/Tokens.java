package vn.motcua.e2e;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the local Keycloak (demo users; password = user name), cached per user. */
final class Tokens {
    private record Token(String value, long fetchedAt) {}

    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    /** A token at most a minute old (Keycloak's access tokens live a few minutes). */
    static String of(String user) {
        return CACHE.compute(
                        user,
                        (u, t) -> t != null && System.currentTimeMillis() - t.fetchedAt < 60_000
                                ? t
                                : new Token(fetch(u), System.currentTimeMillis()))
                .value;
    }

    private static String fetch(String u) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "motcua-web")
                .formParam("username", u)
                .formParam("password", u)
                .post(PackagedSystem.KEYCLOAK + "/realms/motcua/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
