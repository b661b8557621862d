package vn.motcua.intake.outbox.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.outbox.config.OutboxConfig;
import vn.motcua.intake.outbox.domain.OutboxRecord;

/**
 * The relay publishes committed rows from memory and reads the table only to start, to recover from a failed
 * send, and to pick up rows nobody published; through all of it one dossier's events leave in commit order.
 */
class OutboxRelayFallbackTest {
    private static final Duration TICK = Duration.ofMillis(50);

    private final FakeOutboxTable table = new FakeOutboxTable();
    private final MockProducer<String, String> producer =
            new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OutboxRelay relay = new OutboxRelay(table, producer, config(), registry);

    @AfterEach
    void stop() throws InterruptedException {
        relay.stop(null);
    }

    @Test
    void committedRowsArePublishedFromMemoryAndDeletedWithoutReadingTheTable() {
        start();
        int claimsAtStart = table.claims();
        commit(row("A", 1), row("B", 1), row("A", 2));

        await().atMost(Duration.ofSeconds(5)).until(() -> published().size() == 3 && table.size() == 0);
        assertEquals(List.of("A-1", "B-1", "A-2"), published());
        assertEquals(claimsAtStart, table.claims(), "the table was read although memory had every row");
    }

    @Test
    void afterAFailedSendTheTableIsPublishedInOrderBeforeAnythingFromMemory() {
        start();
        producer.sendException = new KafkaException("broker away");
        commit(row("A", 1));
        commit(row("A", 2));
        await().atMost(Duration.ofSeconds(5)).until(() -> table.claims() > 2); // retrying from the table
        producer.sendException = null;
        commit(row("A", 3));

        await().atMost(Duration.ofSeconds(5)).until(() -> published().size() >= 3 && table.size() == 0);
        assertEquals(List.of("A-1", "A-2", "A-3"), published());
    }

    @Test
    void rowsLeftInTheTableByAnotherInstanceArePublishedAfterAFewTicks() {
        table.insert(row("A", 1)); // committed before this instance started: published at start
        start();
        await().atMost(Duration.ofSeconds(5)).until(() -> published().size() == 1);
        table.insert(row("C", 1)); // committed by an instance that crashed before publishing it
        commit(row("B", 1));

        await().atMost(Duration.ofSeconds(5)).until(() -> published().size() == 3 && table.size() == 0);
        assertEquals(List.of("A-1", "B-1", "C-1"), published());
    }

    @Test
    void whileKafkaIsAwayTheBacklogGaugeShowsWhatWaitsInTheTable() {
        start();
        producer.sendException = new KafkaException("broker away");
        commit(row("A", 1), row("B", 1));
        await().atMost(Duration.ofSeconds(5)).until(() -> backlog() == 2);
        producer.sendException = null;

        await().atMost(Duration.ofSeconds(5)).until(() -> published().size() == 2 && backlog() == 0);
        assertEquals(List.of("A-1", "B-1"), published());
    }

    private double backlog() {
        return registry.get("intake_outbox_backlog").gauge().value();
    }

    private void start() {
        relay.start(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> table.claims() > 0);
    }

    private void commit(OutboxRecord... rows) {
        for (OutboxRecord row : rows) {
            table.insert(row);
        }
        relay.committed(List.of(rows));
    }

    private List<String> published() {
        return producer.history().stream()
                .map(r -> new String(r.headers().lastHeader("event-id").value(), StandardCharsets.UTF_8))
                .toList();
    }

    private static OutboxRecord row(String dossier, int n) {
        return new OutboxRecord(dossier + "-" + n, dossier, "DOSSIER_PROBE", "{}", Instant.now());
    }

    private static OutboxConfig config() {
        return new OutboxConfig() {
            @Override
            public String topic() {
                return "dossier-events";
            }

            @Override
            public String agencyTopic() {
                return "agency-events";
            }

            @Override
            public Duration pollInterval() {
                return TICK;
            }

            @Override
            public Duration linger() {
                return Duration.ZERO;
            }

            @Override
            public int batchSize() {
                return 10;
            }

            @Override
            public String compression() {
                return "none";
            }
        };
    }
}
