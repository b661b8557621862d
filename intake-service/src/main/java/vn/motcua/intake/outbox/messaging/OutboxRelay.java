package vn.motcua.intake.outbox.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import vn.motcua.intake.outbox.config.OutboxConfig;
import vn.motcua.intake.outbox.domain.OutboxRecord;
import vn.motcua.intake.outbox.service.OutboxTable;

/**
 * Publishes the outbox to Kafka. A committed transaction hands its rows over in memory; the relay publishes
 * them at once and deletes them later, many at a time, so a healthy instance reads nothing back. The table is
 * the fallback: at start, after a failed send and when memory overflowed, the relay publishes from it in id
 * order (one {@code DELETE … RETURNING}, committed after the broker's ack) until it is empty, and only then
 * returns to memory, so one dossier's events still leave in commit order. Every fifth tick it also publishes
 * rows that stayed in the table over two readings: those of an instance that crashed between commit and publish.
 * A row can be published twice (a crash before its delete, another instance's fallback), which is why every
 * consumer deduplicates by event id. One thread does all of it, so its steps never overlap.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
    /** The backlog is read once every this many ticks: gauges and the backstop need no finer grain. */
    private static final int MEASURE_EVERY = 5;
    /** A row still in the table this many readings after one saw it was left behind: the backstop takes it. */
    private static final int GRACE_READINGS = 2;

    private static final int MEMORY_LIMIT = 20_000;

    private final OutboxTable table;
    private final Producer<String, String> producer;
    private final OutboxConfig config;
    private final Counter published;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final LinkedBlockingQueue<OutboxRecord> committed = new LinkedBlockingQueue<>(MEMORY_LIMIT);
    private final AtomicBoolean overflowed = new AtomicBoolean();
    // Owned by the relay thread alone.
    private final List<String> toDelete = new ArrayList<>();
    private final Set<String> publishedFromTable = new HashSet<>();
    private final ArrayDeque<Long> maxIdPerReading = new ArrayDeque<>();
    private int ticks;
    private boolean fromTable = true;
    private volatile boolean running = true;
    private Thread thread;

    @Inject
    public OutboxRelay(OutboxTable table, OutboxProducer producer, OutboxConfig config, MeterRegistry registry) {
        this(table, producer.get(), config, registry);
    }

    OutboxRelay(OutboxTable table, Producer<String, String> producer, OutboxConfig config, MeterRegistry registry) {
        this.table = table;
        this.producer = producer;
        this.config = config;
        this.published = Counter.builder("intake_outbox_published_total")
                .description("Events published from the outbox to Kafka")
                .register(registry);
        Gauge.builder("intake_outbox_backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet published")
                .register(registry);
        Gauge.builder("intake_outbox_oldest_age_seconds", oldestAgeMillis, a -> a.get() / 1000.0)
                .description("Age of the oldest unpublished outbox event")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(SEND_TIMEOUT.toMillis());
        }
    }

    /** Called after a commit with the rows it wrote, in the order they were written. */
    public void committed(List<OutboxRecord> rows) {
        for (OutboxRecord row : rows) {
            if (!committed.offer(row)) {
                overflowed.set(true); // the table has them all: the relay falls back to it
                return;
            }
        }
    }

    private void run() {
        long nextTick = System.nanoTime();
        while (running) {
            OutboxRecord first;
            try {
                first = committed.poll(Math.max(0, nextTick - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            boolean tickDue = System.nanoTime() - nextTick >= 0;
            if (tickDue) {
                nextTick = System.nanoTime() + config.pollInterval().toNanos();
            }
            boolean failed = false;
            try {
                fromTable |= overflowed.getAndSet(false);
                if (fromTable && (first != null || tickDue)) {
                    drainTable();
                } else if (first != null) {
                    publishFromMemory(first);
                }
                if (!tickDue && toDelete.size() >= config.batchSize()) {
                    deletePublished();
                }
            } catch (RuntimeException e) {
                fromTable = true;
                failed = true;
                Log.warnf("outbox relay paused, will retry from the table: %s", e.getMessage());
            }
            if (tickDue) {
                // Also while Kafka is away: exactly when the backlog gauges must move.
                try {
                    tick();
                } catch (RuntimeException e) {
                    Log.warnf("outbox backlog not measured: %s", e.getMessage());
                }
            }
            if (failed) {
                sleep(config.pollInterval()); // a database or broker away: retry once a tick, not per commit
            }
        }
        try {
            deletePublished(); // so that a restart does not publish them again
        } catch (RuntimeException e) {
            Log.warnf("outbox: %d published events left to delete at shutdown: %s", toDelete.size(), e.getMessage());
        }
    }

    private void publishFromMemory(OutboxRecord first) {
        List<OutboxRecord> batch = new ArrayList<>();
        batch.add(first);
        committed.drainTo(batch, config.batchSize() - 1);
        batch.removeIf(r -> publishedFromTable.contains(r.eventId()));
        if (batch.isEmpty()) {
            return;
        }
        send(batch); // on failure the rows stay in the table, and the relay falls back to it
        batch.forEach(r -> toDelete.add(r.eventId()));
    }

    /** Publishes the whole table in id order, then returns to memory. */
    private void drainTable() {
        sleep(config.linger()); // gathers the commits of the next few milliseconds into the same batch
        deletePublished();
        // Every row queued so far is committed and in the table; rows queued from here on are checked against
        // what the table gave, and the others are published from memory, after it.
        committed.clear();
        publishedFromTable.clear();
        producer.partitionsFor(config.topic()); // waits for Kafka outside any transaction
        int total = publishTableUpTo(Long.MAX_VALUE);
        fromTable = false;
        maxIdPerReading.clear(); // the crash backstop counts its readings afresh from here
        if (total > 0) {
            Log.infof("outbox: %d events published from the table", total);
        }
    }

    /**
     * Flushes deletes, and reads the backlog: every {@link #MEASURE_EVERY} ticks, or every tick while the relay
     * works from the table (Kafka away). From memory it then publishes what stayed in the table for
     * {@link #GRACE_READINGS} readings (5 to 10 s with the default second).
     */
    private void tick() {
        if (committed.isEmpty()) {
            publishedFromTable.clear();
        }
        deletePublished();
        if (!fromTable && ticks++ % MEASURE_EVERY != 0) {
            return;
        }
        OutboxTable.Backlog now = table.measure();
        backlog.set(now.rows());
        oldestAgeMillis.set(now.oldestAge().toMillis());
        if (fromTable) {
            return;
        }
        maxIdPerReading.addLast(now.maxId());
        if (maxIdPerReading.size() <= GRACE_READINGS) {
            return;
        }
        long leftBehind = maxIdPerReading.removeFirst();
        if (now.rows() > 0 && now.minId() <= leftBehind) {
            int total = publishTableUpTo(leftBehind);
            Log.infof("outbox: %d events another instance or a crash left behind were published", total);
        }
    }

    private int publishTableUpTo(long maxId) {
        int total = 0;
        List<OutboxRecord> batch;
        do {
            batch = table.publishOldest(maxId, config.batchSize(), this::send);
            batch.forEach(r -> publishedFromTable.add(r.eventId()));
            total += batch.size();
        } while (batch.size() == config.batchSize());
        return total;
    }

    private void deletePublished() {
        if (!toDelete.isEmpty()) {
            table.deletePublished(toDelete);
            toDelete.clear();
        }
    }

    private void send(List<OutboxRecord> records) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(records.size());
        for (OutboxRecord r : records) {
            String topic = r.type().startsWith("AGENCY_") ? config.agencyTopic() : config.topic();
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, r.aggregateId(), r.payload());
            record.headers().add("event-id", r.eventId().getBytes(StandardCharsets.UTF_8));
            record.headers().add("event-type", r.type().getBytes(StandardCharsets.UTF_8));
            sends.add(producer.send(record));
        }
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Kafka did not acknowledge the batch: " + e, e);
        }
        published.increment(records.size());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
