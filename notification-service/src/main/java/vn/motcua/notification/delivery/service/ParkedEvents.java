package vn.motcua.notification.delivery.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import vn.motcua.notification.common.persistence.CommittedCounters;
import vn.motcua.notification.delivery.config.DeliverySettings;
import vn.motcua.notification.delivery.domain.ParkedEvent;
import vn.motcua.notification.recipient.domain.Recipient;

/**
 * Events that came before their dossier's contact details wait here (the two topics are consumed
 * independently, so tracking's event for a dossier can overtake intake's). Every second the ones whose
 * recipient has arrived are turned into deliveries, in the order they were parked. Bounded: past
 * notification.parking.max-events the oldest is dropped to make room, and after notification.parking.max-age an
 * event is dropped; both are counted in notification_no_recipient_total. The gauge notification_parked_events
 * moves when a transaction commits (the bound is approximate by one poll), so a rolled-back park is not shown.
 */
@ApplicationScoped
public class ParkedEvents {
    private final EntityManager em;
    private final EventNotifier notifier;
    private final DeliverySettings settings;
    private final ObjectMapper json;
    private final CommittedCounters counters;
    private final Clock clock;
    private static final int BATCH = 200;
    private final AtomicLong waiting = new AtomicLong();

    public ParkedEvents(
            EntityManager em,
            EventNotifier notifier,
            DeliverySettings settings,
            ObjectMapper json,
            MeterRegistry registry,
            CommittedCounters counters,
            Clock clock) {
        this.em = em;
        this.notifier = notifier;
        this.settings = settings;
        this.json = json;
        this.counters = counters;
        this.clock = clock;
        Gauge.builder("notification_parked_events", waiting, AtomicLong::get)
                .description("Events waiting for their dossier's contact details")
                .register(registry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void park(JsonNode event, String topic) {
        String type = event.path("type").asText();
        String code = event.path("dossierCode").asText();
        boolean full = waiting.get() >= settings.parking().maxEvents();
        if (full && !evictOldest()) {
            Log.warnf("no contact details for %s and %d events parked already: %s dropped", code, waiting.get(), type);
            counters.increment("notification_no_recipient_total", "type", type);
            return;
        }
        ParkedEvent p = new ParkedEvent();
        p.eventId = event.path("eventId").asText();
        p.dossierCode = code;
        p.topic = topic;
        p.payload = event.toString();
        p.parkedAt = clock.instant();
        p.persist();
        if (!full) {
            counters.afterCommit(waiting::incrementAndGet); // one out, one in otherwise
        }
        counters.increment("notification_parked_total", "type", type);
        Log.infof("no contact details for %s yet: %s parked until intake's event arrives", code, type);
    }

    /**
     * Makes room by dropping the oldest parked event (counted in notification_no_recipient_total): an event waits
     * seconds for a lagging topic, so the oldest are the likeliest never to find contact details (a dossier imported
     * into tracking without intake's event), and the newest the likeliest to. False if the oldest are being replayed.
     */
    private boolean evictOldest() {
        @SuppressWarnings("unchecked")
        List<ParkedEvent> oldest = em.createNativeQuery(
                        "SELECT * FROM parked_event ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", ParkedEvent.class)
                .getResultList();
        if (oldest.isEmpty()) {
            return false;
        }
        ParkedEvent p = oldest.get(0);
        String type;
        try {
            type = json.readTree(p.payload).path("type").asText();
        } catch (JsonProcessingException e) {
            type = "";
        }
        Log.warnf("%d events parked already: %s of %s dropped to make room", waiting.get(), type, p.dossierCode);
        counters.increment("notification_no_recipient_total", "type", type);
        p.delete();
        return true;
    }

    @Scheduled(
            every = "${notification.parking.every}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void replay() throws JsonProcessingException {
        List<Long> due = due();
        if (due.isEmpty()) {
            counters.afterCommit(() -> waiting.set(0));
            return;
        }
        @SuppressWarnings("unchecked")
        List<ParkedEvent> batch = em.createNativeQuery(
                        "SELECT * FROM parked_event WHERE id IN (:ids) ORDER BY id FOR UPDATE SKIP LOCKED",
                        ParkedEvent.class)
                .setParameter("ids", due)
                .getResultList();
        Map<String, Recipient> known = Recipient.forDossiers(
                batch.stream().map(p -> p.dossierCode).distinct().toList());
        Instant expired = clock.instant().minus(settings.parking().maxAge());
        for (ParkedEvent p : batch) {
            JsonNode event = json.readTree(p.payload);
            if (known.containsKey(p.dossierCode)) {
                notifier.apply(event, p.topic, known); // the worker's next tick sends it
                counters.increment("notification_parked_replayed_total");
            } else if (p.parkedAt.isBefore(expired)) {
                Log.warnf(
                        "contact details for %s never arrived: %s dropped",
                        p.dossierCode, event.path("type").asText());
                counters.increment(
                        "notification_no_recipient_total",
                        "type",
                        event.path("type").asText());
            } else {
                continue;
            }
            p.delete();
        }
        long left = ParkedEvent.count();
        counters.afterCommit(() -> waiting.set(left));
    }

    /**
     * The ids to look at, oldest first: the head of the table (where the expired ones are: ids grow with time) and
     * the events whose contact details have arrived, wherever they are. Looking only at the head let events that
     * wait for good (a dossier whose intake event never comes) hold back every event parked after them.
     */
    private List<Long> due() {
        @SuppressWarnings("unchecked")
        List<Number> head = em.createNativeQuery("SELECT id FROM parked_event ORDER BY id LIMIT " + BATCH)
                .getResultList();
        if (head.size() < BATCH) {
            return head.stream().map(Number::longValue).toList(); // the head is the whole table
        }
        // Driven by the small table: a recipient is looked up by its key for each parked event.
        @SuppressWarnings("unchecked")
        List<Number> ready = em.createNativeQuery("SELECT STRAIGHT_JOIN p.id FROM parked_event p"
                        + " JOIN recipient r ON r.dossier_code = p.dossier_code ORDER BY p.id LIMIT " + BATCH)
                .getResultList();
        return Stream.concat(ready.stream(), head.stream())
                .map(Number::longValue)
                .distinct()
                .toList();
    }
}
