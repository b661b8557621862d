package vn.motcua.stack;

import java.util.List;
import vn.motcua.stack.portal.PortalSimulator;

/**
 * The national portal's stand-in ({@link PortalSimulator}) in a JVM of its own: the gateway on
 * {@code STACK_PORTAL_PORT} (8095), its control port and page on the next one. intake-service on the local
 * stack syncs to it; the tests set its faults and read what it accepted.
 */
final class PortalSimulatorServer extends ManagedServer {
    static final String USER = "motcua";
    static final String PASSWORD = "motcua-local";

    PortalSimulatorServer(StackConfig config) {
        super(config);
    }

    @Override
    String name() {
        return "portal-simulator";
    }

    @Override
    int port() {
        return config.portalPort();
    }

    @Override
    String url() {
        return "http://127.0.0.1:" + (port() + 1) + "/ (gateway :" + port() + ")";
    }

    @Override
    void prepare(Progress progress) {}

    @Override
    List<String> command() {
        return List.of(
                KafkaBroker.javaExecutable(),
                "-Xms32m",
                "-Xmx256m",
                "-cp",
                config.classpath(),
                PortalSimulator.class.getName(),
                Integer.toString(port()),
                USER,
                PASSWORD,
                "1800");
    }

    @Override
    boolean isReady() {
        return Ports.httpStatus("http://127.0.0.1:" + (port() + 1) + "/health") == 200;
    }
}
