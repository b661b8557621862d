package vn.motcua.notification.admission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void givesAtMostMaxAndTakesBackWhatIsGiven() {
        Places places = new Places(2);
        assertTrue(places.take());
        assertTrue(places.take());
        assertFalse(places.take(), "full");
        places.give();
        assertEquals(1, places.inUse());
        assertTrue(places.take());
        assertEquals(2, places.inUse());
    }

    @Test
    void noPlaceAtAllWithAMaximumOfZero() {
        assertFalse(new Places(0).take());
        assertThrows(IllegalArgumentException.class, () -> new Places(-1));
    }

    @Test
    void closedPlacesGiveNoneEvenWhenFree() {
        Places places = new Places(5);
        places.close();
        assertTrue(places.closed());
        assertFalse(places.take());
        assertEquals(0, places.inUse());
    }

    @Test
    void waitingForIdleBeforeClosingIsAMistake() {
        assertThrows(IllegalStateException.class, () -> new Places(1).awaitIdle(Duration.ofMillis(10)));
    }

    @Test
    void closingWaitsUntilThePlacesInUseAreGivenBack() throws Exception {
        Places places = new Places(3);
        assertTrue(places.take());
        assertTrue(places.take());
        places.close();
        Thread giver = new Thread(() -> {
            sleep(100);
            places.give();
            sleep(100);
            places.give();
        });
        long start = System.nanoTime();
        giver.start();
        assertEquals(0, places.awaitIdle(Duration.ofSeconds(10)));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMs >= 150, "returned only once both were given back, after " + waitedMs + " ms");
        giver.join();
    }

    @Test
    void closingGivesUpAfterItsTimeoutAndSaysHowManyAreLeft() throws Exception {
        Places places = new Places(3);
        assertTrue(places.take());
        assertTrue(places.take());
        places.close();
        assertEquals(2, places.awaitIdle(Duration.ofMillis(50)));
        places.give();
        places.give();
        assertEquals(0, places.awaitIdle(Duration.ZERO));
    }

    /** Requests keep coming while the service stops: once the wait is over, none is served and none was taken. */
    @Test
    void noRequestIsTakenAfterTheWaitForIdleEnds() throws Exception {
        Places places = new Places(8);
        AtomicBoolean idle = new AtomicBoolean();
        AtomicInteger takenAfterIdle = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        CountDownLatch running = new CountDownLatch(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                running.countDown();
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(400);
                while (System.nanoTime() < until) {
                    if (places.take()) {
                        if (idle.get()) {
                            takenAfterIdle.incrementAndGet();
                        }
                        served.incrementAndGet();
                        Thread.onSpinWait();
                        places.give();
                    }
                }
            });
        }
        running.await();
        sleep(50);
        places.close();
        assertEquals(0, places.awaitIdle(Duration.ofSeconds(5)));
        idle.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(5, TimeUnit.SECONDS));
        assertTrue(served.get() > 0, "requests were served before the stop");
        assertEquals(0, takenAfterIdle.get());
        assertEquals(0, places.inUse());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
