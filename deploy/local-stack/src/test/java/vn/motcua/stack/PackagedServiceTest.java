package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service whose API port was taken between {@link PackagedService#freePort()} and its own bind: it is never taken
 * for started, and with ports of the launcher's choosing it starts again on fresh ones. The stand-in behaves as
 * Quarkus does: readiness on the management port answers first, then the API port is bound or the process dies.
 */
class PackagedServiceTest {
    static final String STAND_IN = """
            import com.sun.net.httpserver.HttpServer;
            import java.net.BindException;
            import java.net.InetSocketAddress;

            public class StandIn {
                public static void main(String[] args) throws Exception {
                    int api = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
                    int management = Integer.parseInt(System.getenv("QUARKUS_MANAGEMENT_PORT"));
                    HttpServer ready = HttpServer.create(new InetSocketAddress("127.0.0.1", management), 0);
                    ready.createContext("/", x -> { x.sendResponseHeaders(200, -1); x.close(); });
                    ready.start();
                    Thread.sleep(1500);
                    try {
                        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", api), 0);
                        server.createContext("/", x -> { x.sendResponseHeaders(404, -1); x.close(); });
                        server.start();
                    } catch (BindException e) {
                        System.out.println("Port " + api + " seems to be in use by another process.");
                        System.exit(1);
                    }
                }
            }
            """;

    @TempDir
    static Path dir;

    static Path jar;

    @BeforeAll
    static void buildStandIn() throws IOException {
        Path source = dir.resolve("StandIn.java");
        Files.writeString(source, STAND_IN);
        int compiled =
                ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), source.toString());
        assertEquals(0, compiled);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "StandIn");
        jar = dir.resolve("stand-in.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream entries = new JarOutputStream(out, manifest)) {
            entries.putNextEntry(new JarEntry("StandIn.class"));
            entries.write(Files.readAllBytes(dir.resolve("StandIn.class")));
            entries.closeEntry();
        }
    }

    /** A port held by a listener that never answers, as the one a test's request hung on. */
    static ServerSocket taken() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @Test
    void aTakenFreePortIsReplacedByAnother() throws Exception {
        try (ServerSocket taken = taken()) {
            AtomicBoolean first = new AtomicBoolean(true);
            try (PackagedService started = PackagedService.start(
                    jar,
                    "stand-in-retry",
                    0,
                    0,
                    "-Xmx64m",
                    Map.of(),
                    "/ready",
                    dir,
                    () -> first.getAndSet(false) ? taken.getLocalPort() : PackagedService.freePort())) {
                assertNotEquals(taken.getLocalPort(), started.port);
                assertTrue(started.alive());
                assertEquals(404, Ports.httpStatus(started.url() + "/"));
            }
        }
    }

    @Test
    void aChosenPortThatIsTakenFailsTheStartInsteadOfPassingForReady() throws Exception {
        try (ServerSocket taken = taken()) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> PackagedService.start(
                            jar,
                            "stand-in-chosen",
                            taken.getLocalPort(),
                            PackagedService.freePort(),
                            "-Xmx64m",
                            Map.of(),
                            "/ready",
                            dir));
            assertTrue(e.getMessage().contains("died during start-up"), e.getMessage());
        }
    }
}
