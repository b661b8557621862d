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
        boolean cluster = List.of(args).contains("--cluster");
        String component = args.length > 1 && !args[1].startsWith("--") ? args[1] : null;
        try {
            LocalStack stack = new LocalStack(StackConfig.fromEnvironment(System.getenv()));
            int exit = switch (command) {
                case "start" -> component == null ? stack.start(withServices, cluster) : stack.start(component);
                case "status" -> stack.status();
                case "stop" -> cluster ? stack.stopCluster() : component == null ? stack.stop() : stack.stop(component);
                case "reset" -> stack.reset();
                default -> {
                    System.err.println("usage: LocalStack start [component | --cluster] [--services] | status"
                            + " | stop [component | --cluster] | reset");
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

    /**
     * The cluster mode: three Galera nodes and three Kafka nodes (Keycloak and the portal simulator as on the
     * single-node stack); with --services two instances of each service behind a round-robin proxy on the
     * single-node ports, and Prometheus scraping all six.
     */
    List<ManagedServer> clusterInfrastructure() {
        List<ManagedServer> servers = new ArrayList<>(GaleraNode.cluster(
                config, SERVICES.stream().map(ServiceDatabase::forService).toList()));
        servers.add(ProxyServer.galeraPrimary(config));
        servers.addAll(KafkaBroker.cluster(config, TOPICS, PARTITIONS));
        return servers;
    }

    List<ManagedServer> clusterServices() {
        List<ManagedServer> apps = new ArrayList<>();
        List<String> scraped = new ArrayList<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            List<Integer> instances = List.of(18081 + i, 28081 + i);
            for (int k = 0; k < instances.size(); k++) {
                apps.add(new ServiceApp(config, SERVICES.get(i), instances.get(k), k + 1));
            }
            scraped.add(String.join(
                    ",",
                    instances.stream()
                            .map(p -> "127.0.0.1:" + ServiceApp.managementPort(p))
                            .toList()));
            apps.add(new ProxyServer(config, SERVICES.get(i), 8081 + i, instances));
        }
        apps.add(new PrometheusServer(config, scraped));
        return apps;
    }

    private List<ManagedServer> all() {
        List<ManagedServer> all = new ArrayList<>(infrastructure());
        all.addAll(services());
        all.addAll(clusterInfrastructure());
        all.addAll(clusterServices().subList(0, clusterServices().size() - 1)); // one Prometheus
        return all;
    }

    int start(boolean withServices, boolean cluster) {
        progress.step("stack", "data in " + config.dataDir() + (cluster ? " (cluster mode)" : ""));
        List<ManagedServer> servers = new ArrayList<>();
        if (cluster) {
            servers.addAll(clusterInfrastructure());
            servers.addAll(infrastructure().subList(2, infrastructure().size())); // Keycloak, portal simulator
            if (withServices) {
                servers.addAll(clusterServices());
            }
        } else {
            servers.addAll(
                    withServices
                            ? all().subList(
                                            0,
                                            infrastructure().size() + services().size())
                            : infrastructure());
        }
        List<ManagedServer> together = new ArrayList<>();
        for (ManagedServer server : servers) {
            if (config.isExternal(server.name())) {
                progress.step(server.name(), "external (STACK_EXTERNAL), not started here");
                continue;
            }
            if (server.startsWithOthers()) {
                together.add(server);
                continue;
            }
            startTogether(together);
            server.start(progress);
        }
        startTogether(together);
        progress.step("stack", String.format("started in %.1f s", progress.elapsedSeconds()));
        if (withServices) {
            System.out.println(Banner.text(config));
        }
        return 0;
    }

    /** Launches every server of a quorum, then waits for each: none is ready until a majority runs. */
    private void startTogether(List<ManagedServer> servers) {
        List<ManagedServer> launched = new ArrayList<>();
        List<Long> started = new ArrayList<>();
        for (ManagedServer server : servers) {
            if (!server.alreadyRunning(progress)) {
                launched.add(server);
                started.add(server.launch(progress));
            }
        }
        for (int i = 0; i < launched.size(); i++) {
            launched.get(i).awaitReady(progress, started.get(i));
        }
        servers.clear();
    }

    /** Exit 0 when every infrastructure server is up (started here or external), 3 otherwise. */
    int status() {
        boolean allUp = true;
        List<String> clusterOnly = new ArrayList<>(
                clusterInfrastructure().stream().map(ManagedServer::name).toList());
        clusterOnly.addAll(clusterServices().stream().map(ManagedServer::name).toList());
        for (ManagedServer server : all()) {
            if (clusterOnly.contains(server.name()) && server.process().isEmpty()) {
                continue; // the cluster mode's servers are listed while they run
            }
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
        stopOne(component(component));
        return 0;
    }

    /**
     * Starts one server if it is down (a cluster node after a fault test), without walking the rest of the stack:
     * the fault test times how long the node takes to come back.
     */
    int start(String component) {
        component(component).start(progress);
        return 0;
    }

    private ManagedServer component(String name) {
        return all().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new StackException("no component " + name + "; one of "
                        + all().stream().map(ManagedServer::name).toList()));
    }

    /** Stops the cluster mode's servers, leaving the single-node stack (and Keycloak) running. */
    int stopCluster() {
        // Prometheus is shared with the single-node stack.
        clusterServices().stream().filter(s -> !(s instanceof PrometheusServer)).forEach(this::stopOne);
        clusterInfrastructure().stream().filter(ProxyServer.class::isInstance).forEach(this::stopOne);
        // The Kafka nodes together: the last of three stopped one by one would wait for a quorum that is gone.
        clusterInfrastructure().stream().filter(KafkaBroker.class::isInstance).toList().parallelStream()
                .forEach(this::stopOne);
        // Galera's node 1 last: it bootstraps the next start, and then has the latest state.
        List<ManagedServer> galera = new ArrayList<>(clusterInfrastructure().stream()
                .filter(GaleraNode.class::isInstance)
                .toList());
        java.util.Collections.reverse(galera);
        galera.forEach(this::stopOne);
        return 0;
    }

    private void stopOne(ManagedServer server) {
        if (server.stop()) {
            progress.step(server.name(), "stopped");
        }
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
