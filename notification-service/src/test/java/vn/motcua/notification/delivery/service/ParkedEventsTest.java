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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.delivery.domain.ParkedEvent;

/** The parked-events gauge moves with what commits: a park that is rolled back is not shown as waiting. */
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

    private double gauge() {
        return registry.get("notification_parked_events").gauge().value();
    }

    private static long tableCount() {
        return QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count());
    }
}
