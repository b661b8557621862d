package vn.motcua.intake.common.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Runs a consumed poll's transaction again when the database refused it for a moment ({@link TransientFailure}):
 * a deadlock or a certification conflict on Galera, a node lost mid-transaction. Nothing of it was stored and its
 * offsets are not committed, so a second attempt is the same work. Without it the channel stopped (fail-stop) and
 * stayed stopped until the instance was restarted: in the cluster fault test a deadlock stopped one replica's
 * consumer, its partitions went to the other, and with both stopped nothing consumed until a restart (one CI run
 * saw tracking not know some dossiers for over two minutes). Between attempts the pool drops its dead
 * connections, so the next attempt gets one to the node that took over. Past the last attempt the failure
 * propagates as before (the channel stops, liveness fails, a restart redelivers the poll).
 */
@ApplicationScoped
public class TransientRetry {
    static final int ATTEMPTS = 8;
    static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    private final int attempts;
    private final Consumer<Duration> pause;
    private final Runnable beforeRetry;

    @Inject
    public TransientRetry(AgroalDataSource dataSource) {
        this(ATTEMPTS, TransientRetry::sleep, () -> dataSource.flush(AgroalDataSource.FlushMode.INVALID));
    }

    /** With the caller's own pause and preparation between attempts (tests count them). */
    public TransientRetry(int attempts, Consumer<Duration> pause, Runnable beforeRetry) {
        this.attempts = attempts;
        this.pause = pause;
        this.beforeRetry = beforeRetry;
    }

    /** Runs {@code work}; again, after a pause, while it fails transiently, at most {@link #ATTEMPTS} times. */
    public void run(String what, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                if (attempt > 1) {
                    LOG.infof("%s went through at attempt %d", what, attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts
                        || !TransientFailure.in(e)
                        || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                Duration wait = pauseBefore(attempt + 1);
                LOG.warnf(
                        "%s: the database refused it for a moment (attempt %d of %d), again in %d ms: %s",
                        what, attempt, attempts, wait.toMillis(), e.getMessage());
                pause.accept(wait);
                beforeRetry.run();
            }
        }
    }

    /** 0.1 s before the second attempt, doubling, at most 5 s: about 11 s over all eight. */
    static Duration pauseBefore(int attempt) {
        Duration wait = FIRST_PAUSE.multipliedBy(1L << Math.min(attempt - 2, 16));
        return wait.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: the next failure propagates at once
        }
    }
}
