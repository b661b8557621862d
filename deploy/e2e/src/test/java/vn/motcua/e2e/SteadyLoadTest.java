package vn.motcua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SteadyLoadTest {
    /** ClusterFaultIT asks for the recovery time while the submitter still appends (it failed CI once on that). */
    @Test
    void theRecoveryIsReadWhileSubmissionsAreAppended() throws Exception {
        SteadyLoad load = new SteadyLoad("http://127.0.0.1:1", "http://127.0.0.1:1", 1000);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread appender = new Thread(() -> {
            int i = 0;
            while (running.get()) {
                load.submitted.add(new SteadyLoad.Submitted("C" + i++, "", false, Instant.EPOCH.plusMillis(i)));
            }
        });
        appender.start();
        try {
            long end = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < end) {
                // A fault after every submission: the whole list is walked, with appends going on.
                assertTrue(Double.isNaN(load.recovery(Instant.now())));
            }
        } finally {
            running.set(false);
            appender.join();
        }
        assertEquals(0.001, load.recovery(Instant.EPOCH), "the first 201 after the fault: a millisecond later");
    }
}
