package vn.motcua.tracking.outbox.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import vn.motcua.tracking.outbox.config.OutboxConfig;

/**
 * Publishes outbox rows to Kafka in id order and deletes them, in one transaction per batch: the row is
 * claimed, read and removed by one {@code DELETE … RETURNING}, and the deletion commits only after the
 * broker's ack (a failed send rolls it back, and the rows are published again). A second instance's delete
 * waits for the first's rows instead of skipping them, so instances never publish a row twice in the normal
 * case; after a crash between publish and commit a row is published again, which is why every consumer
 * deduplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private final EntityManager em;
    private final Producer<String, String> producer;
    private final OutboxConfig config;
    private final Counter published;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));

    public OutboxRelay(EntityManager em, OutboxProducer producer, OutboxConfig config, MeterRegistry registry) {
        this.em = em;
        this.producer = producer.get();
        this.config = config;
        this.published = Counter.builder("tracking_outbox_published_total")
                .description("Events published from the outbox to Kafka")
                .register(registry);
        Gauge.builder("tracking_outbox_backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet published")
                .register(registry);
        Gauge.builder("tracking_outbox_oldest_age_seconds", oldestAgeMillis, a -> a.get() / 1000.0)
                .description("Age of the oldest unpublished outbox event")
                .register(registry);
    }

    /**
     * Relays right after a commit that wrote events (several wake-ups while one relay runs coalesce into one
     * more pass), so an event does not wait for the next poll.
     */
    public void wake() {
        if (pending.getAndSet(true)) {
            return;
        }
        waker.execute(() -> {
            // A short linger gathers the commits of the next few milliseconds into the same batch.
            sleep(config.linger());
            pending.set(false);
            relayAll();
        });
    }

    /** The backstop: events written by a crashed instance, or while Kafka was away, are picked up here. */
    @Scheduled(
            every = "${tracking.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        relayAll();
        // Once a tick, not after every pass; also while Kafka is away, exactly when the backlog gauges must move.
        try {
            refreshBacklog();
        } catch (RuntimeException e) {
            Log.warnf("outbox backlog not measured: %s", e.getMessage());
        }
    }

    private synchronized void relayAll() {
        try {
            // Wait for Kafka here, outside any transaction: rows are locked only once the broker answers.
            producer.partitionsFor(config.topic());
            while (relayBatch() == config.batchSize()) {
                // a full batch: more is waiting, keep going without waiting for the next tick
            }
        } catch (RuntimeException e) {
            Log.warnf("outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Publishes one batch and removes it with the statement that read it; returns how many rows it published. */
    @Transactional
    public int relayBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> batch = em.createNativeQuery("DELETE FROM outbox_event ORDER BY id LIMIT :limit"
                        + " RETURNING event_id, aggregate_id, event_type, payload")
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (Object[] row : batch) {
            String eventId = (String) row[0];
            String eventType = (String) row[2];
            String topic = eventType.startsWith("AGENCY_") ? config.agencyTopic() : config.topic();
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, (String) row[1], (String) row[3]);
            record.headers().add("event-id", eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add("event-type", eventType.getBytes(StandardCharsets.UTF_8));
            sends.add(producer.send(record));
        }
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            // Roll back: the rows come back unsent and are published again once Kafka answers.
            throw new IllegalStateException("Kafka did not acknowledge the batch: " + e, e);
        }
        published.increment(batch.size());
        return batch.size();
    }

    @Transactional
    void refreshBacklog() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(created_at) FROM outbox_event")
                .getSingleResult();
        backlog.set(((Number) row[0]).longValue());
        oldestAgeMillis.set(
                row[1] == null
                        ? 0
                        : Duration.between(toInstant(row[1]), Instant.now()).toMillis());
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.sql.Timestamp ts
                ? ts.toInstant()
                : value instanceof java.time.LocalDateTime ldt
                        ? java.sql.Timestamp.valueOf(ldt).toInstant()
                        : (Instant) value;
    }
}
