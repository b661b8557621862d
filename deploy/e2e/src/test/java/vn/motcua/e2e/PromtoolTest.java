package vn.motcua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Debian's promtool checks the cluster configuration and the rules, and runs the alerts' unit tests. */
class PromtoolTest {
    static final Path PROMETHEUS = PackagedSystem.root().resolve("deploy/prometheus");

    static String promtool(String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(System.getenv().getOrDefault("STACK_PROMTOOL_BIN", "/usr/bin/promtool")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .directory(PROMETHEUS.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool took over a minute");
        System.out.println("promtool " + String.join(" ", args) + "\n" + out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void theRulesAreValid() throws Exception {
        assertTrue(promtool("check", "rules", "rules/motcua.yml").contains("SUCCESS: 13 rules found"));
    }

    @Test
    void theClusterConfigurationIsValid() throws Exception {
        assertTrue(promtool("check", "config", "prometheus.yml").contains("SUCCESS"));
    }

    @Test
    void theAlertsPassTheirUnitTests() throws Exception {
        assertTrue(promtool("test", "rules", "tests/motcua.test.yml").contains("SUCCESS"));
    }
}
