package vn.motcua.notification.admission.domain;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The places for API requests served at once: at most {@code max}, and none once closed. A stopping service
 * closes them, so that it takes no new request, then waits for the places in use to be given back before its
 * database goes ({@link #awaitIdle}). Plain Java.
 */
public final class Places {
    private final int max;
    private final AtomicInteger inUse = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean closed;

    public Places(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        this.max = max;
    }

    /** Takes a place if one is free and the places are open; whoever takes one gives it back with {@link #give}. */
    public boolean take() {
        while (true) {
            int now = inUse.get();
            if (closed || now >= max) {
                return false;
            }
            if (inUse.compareAndSet(now, now + 1)) {
                // Closed meanwhile: the closer may have counted this place, so give it back rather than serve.
                if (closed) {
                    give();
                    return false;
                }
                return true;
            }
        }
    }

    public void give() {
        if (inUse.decrementAndGet() == 0 && closed) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    public int inUse() {
        return inUse.get();
    }

    public boolean closed() {
        return closed;
    }

    /** Gives no place from now on. */
    public void close() {
        closed = true;
    }

    /**
     * Waits, once closed, at most {@code timeout} for the places in use to be given back.
     *
     * @return how many are still in use: 0 when every request taken has ended in time
     */
    public int awaitIdle(Duration timeout) throws InterruptedException {
        if (!closed) {
            throw new IllegalStateException("places still open: requests keep coming");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (inUse.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return inUse.get();
    }
}
