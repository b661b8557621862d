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
 * With {@code --primary} it is the Galera cluster's primary instead: every connection goes to the same node until
 * that node refuses one, then to the next, which stays the primary (no failing back when the old one rejoins), as
 * the mariadb-operator's primary Service does on Kubernetes: the services write to one node at a time.
 */
public final class RoundRobinProxy {
    private final List<InetSocketAddress> backends;
    private final boolean primary;
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pump");
        t.setDaemon(true);
        return t;
    });

    RoundRobinProxy(List<InetSocketAddress> backends, boolean primary) {
        this.backends = backends;
        this.primary = primary;
    }

    public static void main(String[] args) throws IOException {
        boolean primary = args[0].equals("--primary");
        List<String> rest = List.of(args).subList(primary ? 1 : 0, args.length);
        List<InetSocketAddress> backends = rest.subList(1, rest.size()).stream()
                .map(b -> new InetSocketAddress(Ports.host(b), Ports.port(b, 80)))
                .toList();
        new RoundRobinProxy(backends, primary).serve(Integer.parseInt(rest.get(0)));
    }

    /** The same proxy on a daemon thread of this JVM (the cluster fault test's), listening when this returns. */
    public static void inBackground(int port, List<String> backends) {
        RoundRobinProxy proxy = new RoundRobinProxy(
                backends.stream()
                        .map(b -> new InetSocketAddress(Ports.host(b), Ports.port(b, 80)))
                        .toList(),
                false);
        Thread t = new Thread(
                () -> {
                    try {
                        proxy.serve(port);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                },
                "proxy-" + port);
        t.setDaemon(true);
        t.start();
        while (!Ports.isOpen(port)) {
            Processes.sleep(java.time.Duration.ofMillis(20));
        }
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
        int first = primary ? next.get() : Math.floorMod(next.getAndIncrement(), backends.size());
        for (int i = 0; i < backends.size(); i++) {
            int index = (first + i) % backends.size();
            InetSocketAddress backend = backends.get(index);
            Socket upstream = new Socket();
            try {
                upstream.connect(backend, 500);
                if (primary && index != first && next.compareAndSet(first, index)) {
                    System.out.println("primary is now " + backend + " (" + backends.get(first) + " refused)");
                }
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
