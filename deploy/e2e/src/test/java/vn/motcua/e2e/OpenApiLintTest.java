package vn.motcua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The three API documents, as each service's build stores them, pass Redocly's recommended rules with neither an
 * error nor a warning: what a province's integrator reads in Swagger UI stays complete (responses, ids, security,
 * servers, licence). Redocly CLI comes from the npm registry, pinned.
 */
class OpenApiLintTest {
    static final String REDOCLY = "@redocly/cli@2.77.0";

    @Test
    void theThreeApiDocumentsLintClean() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                System.getenv().getOrDefault("STACK_NPM_BIN", "npm"),
                "exec",
                "--yes",
                "--package=" + REDOCLY,
                "--",
                "redocly",
                "lint",
                "--extends=recommended",
                "--format=stylish"));
        for (String service : List.of("intake", "tracking", "notification")) {
            Path document = PackagedSystem.root().resolve(service + "-service/target/openapi/openapi.yaml");
            assertTrue(Files.isRegularFile(document), document + " is stored by the service's build");
            command.add(document.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "redocly took over five minutes");
        System.out.println(out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Woohoo! Your API description"), out);
        // Warnings do not change the exit code; in the stylish format each is a line "line:column  warning  rule".
        assertTrue(!Pattern.compile("\\d+:\\d+\\s+warning").matcher(out).find(), "no warnings either:\n" + out);
    }
}
