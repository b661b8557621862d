package vn.motcua.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RoundRobinProxy} process of the cluster mode: a service's address in front of its instances, or the
 * Galera cluster's primary (galera-primary) in front of its nodes.
 */
final class ProxyServer extends ManagedServer {
    private final String name;
    private final int port;
    private final List<Integer> backends;
    private final boolean primary;

    ProxyServer(StackConfig config, String service, int port, List<Integer> backends) {
        this(config, service + "-service-lb", port, backends, false);
    }

    private ProxyServer(StackConfig config, String name, int port, List<Integer> backends, boolean primary) {
        super(config);
        this.name = name;
        this.port = port;
        this.backends = backends;
        this.primary = primary;
    }

    /** The services' one database address in the cluster mode: the current primary of the three Galera nodes. */
    static ProxyServer galeraPrimary(StackConfig config) {
        return new ProxyServer(
                config,
                "galera-primary",
                GaleraNode.primaryPort(config),
                java.util.stream.IntStream.rangeClosed(1, GaleraNode.NODES)
                        .mapToObj(i -> GaleraNode.port(config, i))
                        .toList(),
                true);
    }

    @Override
    String name() {
        return name;
    }

    @Override
    int port() {
        return port;
    }

    @Override
    String url() {
        return "http://127.0.0.1:" + port + " -> " + backends;
    }

    @Override
    void prepare(Progress progress) {}

    @Override
    List<String> command() {
        List<String> cmd = new ArrayList<>(List.of(
                KafkaBroker.javaExecutable(), "-Xmx64m", "-cp", config.classpath(), RoundRobinProxy.class.getName()));
        if (primary) {
            cmd.add("--primary");
        }
        cmd.add(Integer.toString(port));
        backends.forEach(b -> cmd.add("127.0.0.1:" + b));
        return cmd;
    }

    @Override
    boolean isReady() {
        return Ports.isOpen(port);
    }
}
