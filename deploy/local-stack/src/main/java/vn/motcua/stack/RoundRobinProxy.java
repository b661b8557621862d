package vn.motcua.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cluster mode's load balancer in front of a service's instances: a TCP proxy that gives each new connection
 * to the next instance in turn, skipping one that refuses the connection (stopped or killed), as a Kubernetes
 * Service does for pods that are not ready. Run as its own process: {@code RoundRobinProxy <port> <host:port>…}.
 */
public final class RoundRobinProxy {
    private final List<InetSocketAddress> backends;
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pump");
        t.setDaemon(true);
        return t;
    });

    RoundRobinProxy(List<InetSocketAddress> backends) {
        this.backends = backends;
    }

    public static void main(String[] args) throws IOException {
        List<InetSocketAddress> backends = List.of(args).subList(1, args.length).stream()
                .map(b -> new InetSocketAddress(Ports.host(b), Ports.port(b, 80)))
                .toList();
        new RoundRobinProxy(backends).serve(Integer.parseInt(args[0]));
    }

    void serve(int port) throws IOException {
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress("127.0.0.1", port), 512);
            System.out.println("proxy on " + port + " for " + backends);
            while (true) {
                Socket client = server.accept();
                pumps.execute(() -> connect(client));
            }
        }
    }

    private void connect(Socket client) {
        int first = Math.floorMod(next.getAndIncrement(), backends.size());
        for (int i = 0; i < backends.size(); i++) {
            InetSocketAddress backend = backends.get((first + i) % backends.size());
            Socket upstream = new Socket();
            try {
                upstream.connect(backend, 500);
                upstream.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
                pumps.execute(() -> pump(upstream, client));
                pump(client, upstream);
                return;
            } catch (IOException refused) {
                close(upstream); // that instance is down: the next one
            }
        }
        close(client); // none answers: the client sees the connection closed, as with no ready pod
    }

    /** Copies one direction until it ends, then closes both sides so the other direction ends too. */
    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ended) {
            // a reset or a close on either side ends this connection
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
