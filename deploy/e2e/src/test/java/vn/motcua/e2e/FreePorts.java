package vn.motcua.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Ports the tests choose now and a process they start binds later, below the kernel's ephemeral range. Linux gives
 * ports from that range (32768-60999 by default) to every outgoing connection and to every bind to port 0, another
 * JVM's included; a port picked there can be taken before its process binds it, as 36483 was during ClusterFaultIT's
 * start ("port 36483 for tracking-service is in use"). Below the range only an explicit bind takes a port, and this
 * class never hands out the same one twice. 20000-27999 stays clear of the local stack's fixed ports (all under
 * 10000, and 18081-19083, 28081-29083 in its cluster mode).
 */
final class FreePorts {
    static final int FIRST = 20_000;
    static final int END = 28_000;
    private static final Set<Integer> GIVEN = new HashSet<>();
    private static final Random RANDOM = new Random();

    private FreePorts() {}

    /** The first of {@code count} consecutive free ports, none given before. */
    static synchronized int take(int count) {
        int end = Math.min(END, ephemeralStart());
        for (int attempt = 0; attempt < 1000 && end - count > FIRST; attempt++) {
            int first = FIRST + RANDOM.nextInt(end - count - FIRST);
            boolean free = true;
            for (int p = first; p < first + count && free; p++) {
                free = !GIVEN.contains(p) && bindable(p);
            }
            if (free) {
                for (int p = first; p < first + count; p++) {
                    GIVEN.add(p);
                }
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " free ports in a row between " + FIRST + " and " + end);
    }

    /** The first port the kernel may give out by itself (net.ipv4.ip_local_port_range); Linux's default if unread. */
    static int ephemeralStart() {
        try {
            // Lines, not readString: /proc reports a size of 0, and readString then reads a single byte.
            return Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .get(0)
                    .trim()
                    .split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    private static boolean bindable(int port) {
        try (var socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
