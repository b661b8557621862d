package vn.motcua.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's Prometheus scraping the three services every 5 s with the rules of deploy/prometheus, so that
 * the Grafana dashboards of deploy/grafana can be pointed at it. `deploy/stack up` installs the package
 * when it is missing and the launcher runs as root.
 */
public final class PrometheusServer extends ManagedServer {
    public static final String[] JOBS = {"intake-service", "tracking-service", "notification-service"};
    private final List<String> targets;

    PrometheusServer(StackConfig config, List<String> targets) {
        super(config);
        this.targets = targets;
    }

    @Override
    String name() {
        return "prometheus";
    }

    @Override
    int port() {
        return config.prometheusPort();
    }

    @Override
    String url() {
        return "http://127.0.0.1:" + port();
    }

    public static Path binary() {
        return Path.of(System.getenv().getOrDefault("STACK_PROMETHEUS_BIN", "/usr/bin/prometheus"));
    }

    /**
     * The scrape configuration for services at the given host:port targets, in JOBS order (also used by deploy/e2e);
     * a job's instances (the cluster mode's two) as one comma-separated entry.
     */
    public static String configuration(List<String> targets, Path rules, String interval) {
        String jobs = java.util.stream.IntStream.range(0, targets.size())
                .mapToObj(i -> """
                  - job_name: %s
                    metrics_path: /q/metrics
                    static_configs:
                      - targets: ["%s"]
                """.formatted(
                                JOBS[i], String.join("\", \"", targets.get(i).split(","))))
                .collect(Collectors.joining());
        return """
                # Written by the local stack launcher; the cluster's version is deploy/prometheus/prometheus.yml.
                global:
                  scrape_interval: %1$s
                  evaluation_interval: %1$s
                rule_files:
                  - %2$s/*.yml
                scrape_configs:
                %3$s""".formatted(interval, rules.toAbsolutePath(), jobs);
    }

    @Override
    void prepare(Progress progress) {
        if (!Files.isExecutable(binary())) {
            throw new StackException(binary() + " is missing: install Debian's prometheus package"
                    + " (apt-get install prometheus; deploy/stack up does it when run as root)");
        }
        try {
            Files.createDirectories(workDir().resolve("data"));
            Files.writeString(
                    workDir().resolve("prometheus.yml"),
                    configuration(targets, config.root().resolve("deploy/prometheus/rules"), "5s"));
        } catch (IOException e) {
            throw new StackException("could not write the Prometheus configuration: " + e.getMessage(), e);
        }
    }

    @Override
    List<String> command() {
        return List.of(
                binary().toString(),
                "--config.file=" + workDir().resolve("prometheus.yml"),
                "--storage.tsdb.path=" + workDir().resolve("data"),
                "--storage.tsdb.retention.time=7d",
                "--web.listen-address=127.0.0.1:" + port());
    }

    @Override
    boolean isReady() {
        return Ports.httpStatus(url() + "/-/ready") == 200;
    }
}
