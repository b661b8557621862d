package vn.motcua.tracking.feedback.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.motcua.tracking.feedback.config.FeedbackSettings;

/**
 * Erases the authors' contacts (name, email, phone) of feedback answered longer ago than the retention period:
 * they were given to receive an answer, and the answer is long given. What was said, the answer and the verdict
 * stay. Small transactions, so the desk never waits behind it; every replica may run it, the update is idempotent.
 */
@ApplicationScoped
public class FeedbackRetention {
    static final int BATCH = 500;

    private final EntityManager em;
    private final FeedbackSettings settings;
    private final Clock clock;

    public FeedbackRetention(EntityManager em, FeedbackSettings settings, Clock clock) {
        this.em = em;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            every = "${tracking.feedback.erase-contacts-every}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        erase(clock.instant());
    }

    /** Erases the contacts of feedback answered before {@code now} less the retention period; how many. */
    public int erase(Instant now) {
        Instant answeredBefore = now.minus(Duration.ofDays(settings.contactRetentionDays()));
        int total = 0;
        int erased;
        do {
            erased = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("UPDATE feedback SET contact_name = NULL, contact_email = NULL,"
                                    + " contact_phone = NULL, contact_erased_at = ?1, version = version + 1"
                                    + " WHERE contact_erased_at IS NULL AND answered_at < ?2 ORDER BY answered_at"
                                    + " LIMIT " + BATCH)
                            .setParameter(1, now)
                            .setParameter(2, answeredBefore)
                            .executeUpdate());
            total += erased;
        } while (erased == BATCH);
        if (total > 0) {
            Log.infof(
                    "feedback: the contacts of %d feedback answered before %s erased (kept %d days after the answer)",
                    total, answeredBefore, settings.contactRetentionDays());
        }
        return total;
    }
}
