package vn.motcua.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Forged tokens (garbage, "alg": "none", an HS256 signature) are refused with 401 without a single call to the
 * identity provider's introspection endpoint: anyone can send them, and each call would load Keycloak.
 */
@QuarkusTest
class ForgedTokenTest {
    @OidcWireMock
    WireMockServer identityProvider;

    @Test
    void forgedTokensAreRefusedWithoutAskingTheIdentityProvider() throws Exception {
        String claims = b64("{\"iss\":\"https://server.example.com\",\"aud\":\"https://service.example.com\","
                + "\"preferred_username\":\"admin1\",\"groups\":[\"admin\"],\"exp\":4102444800}");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + claims + ".";
        String hsInput = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + claims;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("guessable".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String hs256 = hsInput + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII)));

        identityProvider.resetRequests();
        for (String token : List.of("garbage", none, hs256)) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/dossiers?size=1")
                    .then()
                    .statusCode(401);
        }
        identityProvider.verify(0, anyRequestedFor(urlPathMatching(".*introspect.*")));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
