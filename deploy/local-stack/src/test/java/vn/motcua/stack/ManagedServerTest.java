package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's start/stop contract, with a shell command standing in for a server. */
class ManagedServerTest {
    @TempDir
    Path data;

    /** A "server" that is ready when its port is open; the command decides what it does. */
    private ManagedServer server(int port, String script) {
        StackConfig config =
                StackConfig.fromEnvironment(Map.of("STACK_ROOT", data.toString(), "STACK_DATA_DIR", data.toString()));
        return new ManagedServer(config) {
            String name() {
                return "fake";
            }

            int port() {
                return port;
            }

            String url() {
                return "127.0.0.1:" + port;
            }

            void prepare(Progress progress) {}

            List<String> command() {
                return List.of("sh", "-c", script);
            }

            boolean isReady() {
                return Ports.isOpen(port);
            }

            Path workDir() {
                return data;
            }

            Duration startTimeout() {
                return Duration.ofSeconds(5);
            }
        };
    }

    private final Progress quiet = new Progress(new PrintStream(new ByteArrayOutputStream()));

    /** A port free now (the fake server opens it, or never does). */
    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Test
    void aTakenPortIsReportedWithTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            StackException e = assertThrows(
                    StackException.class,
                    () -> server(taken.getLocalPort(), "sleep 30").start(quiet));
            assertTrue(
                    e.getMessage().contains("port " + taken.getLocalPort() + " needed by fake is taken"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("STACK_EXTERNAL=fake"), e.getMessage());
        }
    }

    @Test
    void aServerThatDiesDuringStartUpIsReportedWithItsLog() throws Exception {
        int port = freePort();
        ManagedServer crashing = server(port, "echo 'config error: no such option'; exit 3");
        StackException e = assertThrows(StackException.class, () -> crashing.start(quiet));
        assertTrue(e.getMessage().contains("fake exited during start-up"), e.getMessage());
        assertTrue(e.getMessage().contains("config error: no such option"), e.getMessage());
        assertTrue(e.getMessage().contains(crashing.log().toString()), e.getMessage());
    }

    @Test
    void aLogPastItsLimitIsSetAsideAtTheNextStartAndASmallOneGrows() throws Exception {
        int port = freePort();
        ManagedServer crashing = server(port, "echo 'this start'; exit 3");
        Files.createDirectories(crashing.log().getParent());
        Files.writeString(crashing.log(), "a small earlier start\n");
        assertThrows(StackException.class, () -> crashing.start(quiet));
        assertEquals("a small earlier start\nthis start\n", Files.readString(crashing.log()));
        Path older = crashing.log().resolveSibling("fake.log.1");
        assertFalse(Files.exists(older));

        try (RandomAccessFile big = new RandomAccessFile(crashing.log().toFile(), "rw")) {
            big.setLength(ManagedServer.LOG_LIMIT_BYTES + 1); // sparse: no 64 MiB written
        }
        assertThrows(StackException.class, () -> crashing.start(quiet));
        assertEquals("this start\n", Files.readString(crashing.log()));
        assertEquals(ManagedServer.LOG_LIMIT_BYTES + 1, Files.size(older));
    }

    @Test
    void aStartedServerIsFoundByItsPidFileAndStopped() throws Exception {
        int port = freePort();
        // python3 is on the machines; it listens on the port like a real server would.
        ManagedServer listening = server(port, "exec python3 -m http.server " + port + " --bind 127.0.0.1");
        listening.start(quiet);
        try {
            assertTrue(listening.process().isPresent());
            assertTrue(listening.status().startsWith("running"), listening.status());
        } finally {
            assertTrue(listening.stop());
        }
        assertFalse(listening.process().isPresent());
        assertEquals("stopped", listening.status());
    }
}
