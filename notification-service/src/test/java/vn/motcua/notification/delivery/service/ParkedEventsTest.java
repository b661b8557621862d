package vn.motcua.notification.delivery.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.delivery.domain.ParkedEvent;
import vn.motcua.notification.recipient.domain.Recipient;

/**
 * The parked-events gauge moves with what commits: a park that is rolled back is not shown as waiting. Events that
 * wait for good do not hold back the ones whose contact details arrived.
 */
@QuarkusTest
class ParkedEventsTest {
    @Inject
    ParkedEvents parked;

    @Inject
    MeterRegistry registry;

    @Inject
    ObjectMapper json;

    @Test
    void aParkRolledBackLeavesTheGaugeWhereItWasAndACommittedOneRaisesIt() throws Exception {
        String code = "H99.99-261204-" + UUID.randomUUID().toString().substring(0, 4);
        JsonNode event = json.readTree("{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"DOSSIER_DEADLINE_SET\","
                + "\"dossierCode\":\"" + code + "\"}");
        // The replay (the bean, with its gauge, is made at its first tick) recounts every second: start from a
        // gauge that agrees with the table.
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> gauge() == tableCount());
        double before = gauge();

        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    parked.park(event, "dossier-status-events");
                    throw new IllegalStateException("the poll failed after parking");
                }));
        assertEquals(before, gauge(), "nothing is waiting after a rollback");

        QuarkusTransaction.requiringNew().run(() -> parked.park(event, "dossier-status-events"));
        assertEquals(before + 1, gauge(), "raised at the commit");
        QuarkusTransaction.requiringNew().run(() -> ParkedEvent.delete("dossierCode", code));
    }

    @Test
    void eventsThatWaitForGoodDoNotHoldBackOnesWhoseContactDetailsArrived() throws Exception {
        // More than the replay reads at a time, of dossiers whose intake event never comes (imported ones, say).
        String stale = "H99.97-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        String code = "H99.98-261206-" + UUID.randomUUID().toString().substring(0, 4);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 250; i++) {
                    parked.park(event(stale + i, "DOSSIER_OVERDUE"), "dossier-status-events");
                }
            });
            QuarkusTransaction.requiringNew()
                    .run(() -> parked.park(event(code, "DOSSIER_DEADLINE_SET"), "dossier-status-events"));
            QuarkusTransaction.requiringNew().run(() -> recipient(code).persist());

            await().atMost(Duration.ofSeconds(15)).until(() -> parkedFor(code) == 0);
            assertEquals(
                    250,
                    QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count("dossierCode like ?1", stale + "%")),
                    "the others still wait: their time is not up");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                ParkedEvent.delete("dossierCode like ?1", stale + "%");
                ParkedEvent.delete("dossierCode", code);
                Recipient.deleteById(code);
            });
        }
    }

    private JsonNode event(String code, String type) {
        return json.valueToTree(Map.of(
                "eventId", UUID.randomUUID().toString(), "type", type, "dossierCode", code, "appointmentGiven", true));
    }

    private static Recipient recipient(String code) {
        Recipient r = new Recipient();
        r.dossierCode = code;
        r.agencyCode = "000.00.12.H57";
        r.fullName = "Trần Thị Bình";
        r.applicantIdHash = "0".repeat(64);
        r.updatedAt = Instant.now();
        return r; // no address and no appointment pending: the replayed deadline plans no message
    }

    private static long parkedFor(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count("dossierCode", code));
    }

    private double gauge() {
        return registry.get("notification_parked_events").gauge().value();
    }

    private static long tableCount() {
        return QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count());
    }
}
