package vn.motcua.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.motcua.stack.PrometheusServer;

/** Debian's Prometheus with the project's rules, scraping the packaged services every 2 s. */
final class Prometheus {
    private Prometheus() {}

    static ServiceProcess start(List<String> serviceUrls) {
        Path binary = PrometheusServer.binary();
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(
                    binary + " is missing: deploy/stack test installs Debian's prometheus package");
        }
        try {
            Path dir = Path.of("target/prometheus").toAbsolutePath();
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve("prometheus.yml"),
                    PrometheusServer.configuration(
                            serviceUrls.stream()
                                    .map(u -> u.replace("http://", ""))
                                    .toList(),
                            PackagedSystem.root().resolve("deploy/prometheus/rules"),
                            "2s"));
            int port = ServiceProcess.freePort();
            return ServiceProcess.start(
                    "prometheus",
                    port,
                    List.of(
                            binary.toString(),
                            "--config.file=" + dir.resolve("prometheus.yml"),
                            "--storage.tsdb.path=" + dir.resolve("data-" + port),
                            "--web.listen-address=127.0.0.1:" + port),
                    java.util.Map.of(),
                    "/-/ready");
        } catch (IOException e) {
            throw new IllegalStateException("could not configure Prometheus", e);
        }
    }
}
