package vn.motcua.tracking.inbox.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.tracking.calendar.domain.ProcessingTime;
import vn.motcua.tracking.common.persistence.TransientRetry;
import vn.motcua.tracking.inbox.service.IntakeEventBatch;
import vn.motcua.tracking.inbox.service.IntakeEventBatch.Received;
import vn.motcua.tracking.lifecycle.messaging.IntakeEvent;

/**
 * Consumes intake-service's dossier events a poll at a time: every record is read and checked first, poison
 * (unreadable, incomplete) goes alone to the dead-letter topic, and the rest is applied in one transaction
 * with its inbox rows ({@link IntakeEventBatch}); the offsets are committed after that transaction.
 */
@ApplicationScoped
public class IntakeEventConsumer {
    static final String TOPIC = IntakeEventBatch.TOPIC;

    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final IntakeEventBatch batch;
    private final DeadLetters deadLetters;
    private final TransientRetry retry;
    private final DistributionSummary batchSize;

    public IntakeEventConsumer(
            ObjectMapper json,
            MeterRegistry registry,
            IntakeEventBatch batch,
            DeadLetters deadLetters,
            TransientRetry retry) {
        this.json = json;
        this.registry = registry;
        this.batch = batch;
        this.deadLetters = deadLetters;
        this.retry = retry;
        this.batchSize = DistributionSummary.builder("tracking_consumer_batch_size")
                .tag("topic", TOPIC)
                .description("Records per consumed poll")
                .register(registry);
    }

    @Incoming("intake-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batchSize.record(records.count());
        List<Received> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(read(record.value()));
            } catch (JsonProcessingException | IllegalArgumentException poison) {
                registry.counter("tracking_events_dead_lettered_total", "topic", TOPIC)
                        .increment();
                Log.warnf("dead-lettering an intake event (key %s): %s", record.key(), poison.getMessage());
                deadLetters.send(TOPIC, record.key(), record.value(), String.valueOf(poison.getMessage()));
            }
        }
        // A deadlock or a database node lost is tried again; any other failure (shutting down, the database away
        // for good) propagates: nothing of the poll is committed, and it comes again after a restart; it is never
        // dead-lettered for it.
        retry.run("a poll of " + events.size() + " intake events", () -> batch.apply(events));
    }

    /** Everything that can make an event poison is found here, before anything is written. */
    private Received read(String value) throws JsonProcessingException {
        JsonNode node = json.readTree(value);
        String eventId = node.path("eventId").asText("");
        String type = node.path("type").asText("");
        if (eventId.isBlank() || type.isBlank()) {
            throw new IllegalArgumentException("intake event without eventId or type");
        }
        if (!IntakeEvent.RECEIVED.equals(type)
                && !IntakeEvent.NOT_ACCEPTED.equals(type)
                && !IntakeEvent.SUPPLEMENT_SUBMITTED.equals(type)) {
            return new Received(eventId, type, Optional.empty());
        }
        IntakeEvent e = json.treeToValue(node, IntakeEvent.class);
        if (e.dossierCode() == null || e.agencyCode() == null || e.procedureCode() == null || e.occurredAt() == null) {
            throw new IllegalArgumentException(type + " without dossierCode, agencyCode, procedureCode or occurredAt");
        }
        if (IntakeEvent.RECEIVED.equals(type)) {
            if (e.receivedAt() == null || e.channel() == null || e.applicant() == null) {
                throw new IllegalArgumentException("received event without receivedAt, channel or applicant");
            }
            ProcessingTime.parse(e.workingDays() == null ? "" : e.workingDays())
                    .orElseThrow(() -> new IllegalArgumentException("received event without a valid workingDays"));
        }
        return new Received(eventId, type, Optional.of(e));
    }
}
