package vn.motcua.intake.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A port that refuses connections (as a stopped broker does) until {@link #open()}, then forwards each
 * connection to the real broker. Kafka clients only bootstrap through it; afterwards they follow the
 * broker's advertised address.
 */
final class TcpGate implements AutoCloseable {
    final int port;
    private final String targetHost;
    private final int targetPort;
    private ServerSocket server;

    TcpGate(int port, String targetHost, int targetPort) {
        this.port = port;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    synchronized void open() throws IOException {
        server = new ServerSocket(port);
        daemon(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            Socket client = server.accept();
                            Socket target = new Socket(targetHost, targetPort);
                            pipe(client.getInputStream(), target.getOutputStream());
                            pipe(target.getInputStream(), client.getOutputStream());
                        } catch (IOException closed) {
                            return;
                        }
                    }
                },
                "gate-accept");
    }

    private static void daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    private static void pipe(InputStream in, OutputStream out) {
        daemon(
                () -> {
                    try (in;
                            out) {
                        in.transferTo(out);
                    } catch (IOException ignored) {
                        // one side closed: the other follows
                    }
                },
                "gate-pipe");
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
