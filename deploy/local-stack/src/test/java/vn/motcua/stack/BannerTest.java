package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every demo user of the local realm is named where a new developer looks: the banner of `up` and the README. */
class BannerTest {
    @Test
    void everyDemoUserIsInTheBannerAndTheReadme() throws IOException {
        List<String> users = new ArrayList<>();
        for (JsonNode u : RealmFilesTest.realm("motcua-realm.json").get("users")) {
            String name = u.get("username").asText();
            if (!name.startsWith("service-account-")) {
                users.add(name);
            }
        }
        assertTrue(users.size() >= 8, users.toString());
        String banner = Banner.text(StackConfig.fromEnvironment(Map.of()));
        String readme = Files.readString(RealmFilesTest.KEYCLOAK.resolve("../../README.md"));
        for (String user : users) {
            assertTrue(
                    banner.contains("\n  " + user + " ") || banner.contains("  " + user + "  "), user + ": " + banner);
            assertTrue(readme.contains("| " + user + " |"), user + " is not in README.md's demo users");
        }
    }
}
