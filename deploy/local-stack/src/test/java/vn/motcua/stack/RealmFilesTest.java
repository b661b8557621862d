package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The realm shipped for production is hardened (no demo users, password policy, brute-force detection, no
 * password grant on the public client), and both realms put each service in the audience of the tokens meant
 * for it, with access tokens short enough that a logout ends access within minutes.
 */
class RealmFilesTest {
    static final Path KEYCLOAK =
            Path.of(System.getProperty("user.dir")).resolve("../keycloak").normalize();

    static JsonNode realm(String file) throws IOException {
        return new ObjectMapper().readTree(KEYCLOAK.resolve(file).toFile());
    }

    static JsonNode client(JsonNode realm, String id) {
        for (JsonNode c : realm.get("clients")) {
            if (c.get("clientId").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no client " + id);
    }

    static List<String> audiences(JsonNode client) {
        List<String> out = new ArrayList<>();
        client.path("protocolMappers").forEach(m -> {
            if (m.get("protocolMapper").asText().equals("oidc-audience-mapper")) {
                out.add(m.at("/config/included.client.audience").asText());
            }
        });
        return out;
    }

    @Test
    void theProductionRealmIsHardened() throws IOException {
        JsonNode prod = realm("production/motcua-realm.json");
        assertTrue(prod.path("users").isMissingNode() || prod.get("users").isEmpty(), "no demo users in production");
        assertTrue(prod.get("bruteForceProtected").asBoolean());
        assertTrue(prod.get("failureFactor").asInt() <= 10);
        String policy = prod.get("passwordPolicy").asText();
        assertTrue(
                policy.contains("length(12)") && policy.contains("notUsername") && policy.contains("passwordHistory"),
                policy);
        assertEquals("all", prod.get("sslRequired").asText());
        assertFalse(client(prod, "motcua-web").get("directAccessGrantsEnabled").asBoolean(), "no password grant");
        prod.get("clients")
                .forEach(c -> assertTrue(c.path("secret").isMissingNode(), "no shipped secret: " + c.get("clientId")));
        client(prod, "motcua-web")
                .get("redirectUris")
                .forEach(u -> assertTrue(u.asText().startsWith("https://"), u.asText()));
    }

    @Test
    void theDemoRealmSaysItIsOne() throws IOException {
        // Shown on its log-in page, to the people who use it: in Vietnamese.
        assertTrue(realm("motcua-realm.json").get("displayName").asText().contains("bản thử nghiệm"));
    }

    @Test
    void tokensNameTheServicesTheyAreMeantForAndExpireSoon() throws IOException {
        for (String file : List.of("motcua-realm.json", "production/motcua-realm.json")) {
            JsonNode realm = realm(file);
            assertEquals(
                    List.of("intake-service", "tracking-service", "notification-service"),
                    audiences(client(realm, "motcua-web")),
                    file);
            assertEquals(List.of("tracking-service"), audiences(client(realm, "intake-service")), file);
            assertEquals(List.of("intake-service"), audiences(client(realm, "tracking-service")), file);
            assertEquals(List.of(), audiences(client(realm, "notification-service")), file);
            assertTrue(realm.get("accessTokenLifespan").asInt() <= 300, file);
        }
    }
}
