package vn.motcua.stack;

import java.util.ArrayList;
import java.util.List;

/** A {@link RoundRobinProxy} process of the cluster mode: a service's address in front of its instances. */
final class ProxyServer extends ManagedServer {
    private final String service;
    private final int port;
    private final List<Integer> backends;

    ProxyServer(StackConfig config, String service, int port, List<Integer> backends) {
        super(config);
        this.service = service;
        this.port = port;
        this.backends = backends;
    }

    @Override
    String name() {
        return service + "-service-lb";
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
                KafkaBroker.javaExecutable(),
                "-Xmx64m",
                "-cp",
                config.classpath(),
                RoundRobinProxy.class.getName(),
                Integer.toString(port)));
        backends.forEach(b -> cmd.add("127.0.0.1:" + b));
        return cmd;
    }

    @Override
    boolean isReady() {
        return Ports.isOpen(port);
    }
}
