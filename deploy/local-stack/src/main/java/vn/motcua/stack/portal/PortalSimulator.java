package vn.motcua.stack.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the National Public Service Portal's integration gateway, as a real HTTP server: login with
 * expiring sessions, {@code DongBoHoSoMC} and {@code CapNhatTienDoHoSoMC} with the gateway's checks and error
 * codes, and faults on demand. The control port (gateway port + 1) sets faults, shows what was accepted
 * ({@code GET /sim/dossiers/{code}}, and a page at {@code /}), and stays up while the gateway is "down".
 * Arguments: gateway port, user name, password, session lifetime in seconds.
 */
public final class PortalSimulator {
    static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String username;
    private final String password;
    private final PortalStore store;
    private final Faults faults = new Faults();
    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    private HttpServer gateway;

    /** About 4 KB each with their changes and steps: well inside the simulator's 256 MB heap. */
    static final int MAX_DOSSIERS = 20_000;

    PortalSimulator(int port, String username, String password, Duration sessionTtl) {
        this.port = port;
        this.username = username;
        this.password = password;
        this.store = new PortalStore(sessionTtl, MAX_DOSSIERS);
    }

    static {
        // The JDK's HTTP server writes an answer's headers and body as two segments; without TCP_NODELAY the body
        // waits for the client's delayed ACK, 40 ms on every call of a kept-alive connection (measured: 50 lookups
        // took 2.2 s, 0.1 s on new connections). Read once, before the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8095;
        PortalSimulator sim = new PortalSimulator(
                port,
                args.length > 1 ? args[1] : "motcua",
                args.length > 2 ? args[2] : "motcua-local",
                Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 1800));
        sim.startControl(port + 1);
        sim.startGateway();
        System.out.println("portal simulator: gateway on " + port + ", control on " + (port + 1));
    }

    synchronized void startGateway() throws IOException {
        if (gateway != null) {
            return;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/api/login", this::login);
        server.createContext("/api/service", new GatewayCalls(store, faults, this::validSession));
        server.setExecutor(workers);
        server.start();
        gateway = server;
    }

    /** DOWN: the gateway's port is closed, so clients see a refused connection, not an HTTP answer. */
    synchronized void stopGateway() {
        if (gateway != null) {
            gateway.stop(0);
            gateway = null;
        }
    }

    private boolean validSession(String token) {
        return store.validSession(token);
    }

    private void startControl(int controlPort) throws IOException {
        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", controlPort), 64);
        control.createContext("/health", ex -> send(ex, 200, "{\"status\":\"UP\"}"));
        control.createContext("/sim/faults", this::setFaults);
        control.createContext("/sim/sessions/expire", ex -> {
            store.expireSessions();
            send(ex, 200, "{\"expired\":true}");
        });
        control.createContext("/sim/reset", ex -> {
            store.clear();
            faults.set("NONE", -1, 0);
            startGateway();
            send(ex, 200, "{\"reset\":true}");
        });
        control.createContext("/sim/stats", ex -> send(ex, 200, store.stats().toString()));
        control.createContext("/sim/dossiers/", ex -> {
            String code = ex.getRequestURI().getPath().substring("/sim/dossiers/".length());
            store.view(code)
                    .ifPresentOrElse(
                            v -> send(ex, 200, v.toString()),
                            () -> send(ex, 404, "{\"message\":\"không có hồ sơ " + code + "\"}"));
        });
        control.createContext("/", ex -> sendHtml(ex, PortalPage.render(store.latest(200), store.stats())));
        control.setExecutor(Executors.newFixedThreadPool(2));
        control.start();
    }

    private void login(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody());
        if (!username.equals(body.path("username").asText())
                || !password.equals(body.path("password").asText())) {
            send(
                    ex,
                    200,
                    answer(GatewayCalls.WRONG_CREDENTIALS, "Sai tài khoản hoặc mật khẩu")
                            .toString());
            return;
        }
        ObjectNode ok = answer(0, "Thành công").put("session", store.login());
        send(ex, 200, ok.toString());
    }

    private void setFaults(HttpExchange ex) throws IOException {
        if ("POST".equals(ex.getRequestMethod())) {
            JsonNode body = JSON.readTree(ex.getRequestBody());
            String mode = body.path("mode").asText("NONE");
            faults.set(
                    mode, body.path("calls").asInt(-1), body.path("delayMillis").asLong(0));
            if ("DOWN".equalsIgnoreCase(mode)) {
                stopGateway();
            } else {
                startGateway();
            }
        }
        send(ex, 200, faults.describe());
    }

    static ObjectNode answer(int code, String message) {
        return JSON.createObjectNode().put("error_code", code).put("message", message);
    }

    static ObjectNode answer(int code, List<String> problems) {
        ObjectNode a = answer(code, String.join("; ", problems));
        a.putArray("errors")
                .addAll(problems.stream().map(JSON.getNodeFactory()::textNode).toList());
        return a;
    }

    static void send(HttpExchange ex, int status, String body) {
        respond(ex, status, "application/json; charset=utf-8", body);
    }

    private static void sendHtml(HttpExchange ex, String body) {
        respond(ex, 200, "text/html; charset=utf-8", body);
    }

    private static void respond(HttpExchange ex, int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = ex.getResponseBody()) {
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, bytes.length);
            out.write(bytes);
        } catch (IOException clientWentAway) {
            // An accept-then-time-out client has closed its side already.
        }
    }
}
