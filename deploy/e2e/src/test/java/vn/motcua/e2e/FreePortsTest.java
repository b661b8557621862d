package vn.motcua.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ports the tests pick for processes they start later lie below the kernel's ephemeral range, where no outgoing
 * connection or port-0 bind can take them first, and none is handed out twice.
 */
class FreePortsTest {
    @Test
    void portsAreBelowTheEphemeralRangeAndNeverGivenTwice() {
        int ephemeral = FreePorts.ephemeralStart();
        assertTrue(ephemeral > FreePorts.FIRST, "ephemeral ports start at " + ephemeral);
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = ServiceProcess.freePort();
            assertTrue(port >= FreePorts.FIRST && port < Math.min(FreePorts.END, ephemeral), "port " + port);
            assertTrue(given.add(port), "port " + port + " given twice");
        }
        for (int i = 0; i < 50; i++) {
            int first = ServiceProcess.freePortPair();
            assertTrue(first + 1 < Math.min(FreePorts.END, ephemeral), "pair at " + first);
            assertTrue(given.add(first) && given.add(first + 1), "pair at " + first + " overlaps a port given before");
        }
    }
}
