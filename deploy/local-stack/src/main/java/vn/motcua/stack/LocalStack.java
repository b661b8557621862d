package vn.motcua.stack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The local stack launcher: {@code start [--services] | status | stop [component] | reset}.
 * Real MariaDB, Kafka and Keycloak servers as separate processes, their data kept under
 * deploy/local-stack/data (git-ignored) and reused across runs.
 */
public final class LocalStack {
    static final List<String> SERVICES = List.of("intake", "tracking", "notification");
    static final List<String> TOPICS = List.of(
            "dossier-intake-events",
            "dossier-status-events",
            "agency-events",
            "notification-dead-letter",
            "tracking-dead-letter",
            "intake-dead-letter");
    static final int PARTITIONS = 3;

    private final StackConfig config;
    private final Progress progress = new Progress(System.out);

    LocalStack(StackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "status" : args[0];
        boolean withServices = List.of(args).contains("--services");
        String component = args.length > 1 && !args[1].startsWith("--") ? args[1] : null;
        try {
            LocalStack stack = new LocalStack(StackConfig.fromEnvironment(System.getenv()));
            int exit = switch (command) {
                case "start" -> stack.start(withServices);
                case "status" -> stack.status();
                case "stop" -> component == null ? stack.stop() : stack.stop(component);
                case "reset" -> stack.reset();
                default -> {
                    System.err.println("usage: LocalStack start [--services] | status | stop [component] | reset");
                    yield 2;
                }
            };
            System.exit(exit);
        } catch (StackException e) {
            System.err.println("local stack: " + e.getMessage());
            System.exit(1);
        }
    }

    List<ManagedServer> infrastructure() {
        return List.of(
                new MariaDbServer(
                        config,
                        SERVICES.stream().map(ServiceDatabase::forService).toList()),
                new KafkaBroker(config, TOPICS, PARTITIONS),
                new KeycloakServer(config),
                new PortalSimulatorServer(config));
    }

    List<ManagedServer> services() {
        List<ManagedServer> apps = new ArrayList<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            apps.add(new ServiceApp(config, SERVICES.get(i), 8081 + i));
        }
        apps.add(new PrometheusServer(
                config,
                SERVICES.stream()
                        .map(s -> "127.0.0.1:" + ServiceApp.managementPort(8081 + SERVICES.indexOf(s)))
                        .toList()));
        return apps;
    }

    private List<ManagedServer> all() {
        List<ManagedServer> all = new ArrayList<>(infrastructure());
        all.addAll(services());
        return all;
    }

    int start(boolean withServices) {
        progress.step("stack", "data in " + config.dataDir());
        List<ManagedServer> servers = withServices ? all() : infrastructure();
        for (ManagedServer server : servers) {
            if (config.isExternal(server.name())) {
                progress.step(server.name(), "external (STACK_EXTERNAL), not started here");
                continue;
            }
            server.start(progress);
        }
        progress.step("stack", String.format("started in %.1f s", progress.elapsedSeconds()));
        if (withServices) {
            System.out.println(Banner.text(config));
        }
        return 0;
    }

    /** Exit 0 when every infrastructure server is up (started here or external), 3 otherwise. */
    int status() {
        boolean allUp = true;
        for (ManagedServer server : all()) {
            boolean external = config.isExternal(server.name());
            String state = external ? "external" : server.status();
            System.out.printf("%-22s %s%n", server.name(), state);
            if (infrastructure().stream().anyMatch(s -> s.name().equals(server.name()))) {
                allUp &= external || (server.process().isPresent() && server.isReady());
            }
        }
        return allUp ? 0 : 3;
    }

    int stop() {
        List<ManagedServer> reversed = new ArrayList<>(all());
        java.util.Collections.reverse(reversed);
        for (ManagedServer server : reversed) {
            if (server.stop()) {
                progress.step(server.name(), "stopped");
            }
        }
        return 0;
    }

    /** Stops one server (e.g. kafka, for an outage test); {@code start} brings it back. */
    int stop(String component) {
        ManagedServer server = all().stream()
                .filter(s -> s.name().equals(component))
                .findFirst()
                .orElseThrow(() -> new StackException("no component " + component + "; one of "
                        + all().stream().map(ManagedServer::name).toList()));
        if (server.stop()) {
            progress.step(server.name(), "stopped");
        }
        return 0;
    }

    int reset() {
        stop();
        try {
            KeycloakServer.deleteTree(config.dataDir());
        } catch (IOException e) {
            throw new StackException("could not delete " + config.dataDir() + ": " + e.getMessage(), e);
        }
        progress.step("stack", "deleted " + config.dataDir());
        return 0;
    }
}
