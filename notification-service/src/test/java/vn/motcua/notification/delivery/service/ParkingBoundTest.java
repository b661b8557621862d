package vn.motcua.notification.delivery.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.LowLimits;
import vn.motcua.notification.delivery.domain.ParkedEvent;

/** A full park keeps the newest events: the oldest are the likeliest never to find contact details. */
@QuarkusTest
@TestProfile(LowLimits.class)
class ParkingBoundTest {
    @Inject
    ParkedEvents parked;

    @Inject
    MeterRegistry registry;

    @Inject
    ObjectMapper json;

    @Test
    void aFullParkDropsItsOldestEventToMakeRoomForTheNewOne() {
        String prefix = "H99.96-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        // Its profile's own start (shared with AdmissionControlTest, which parks nothing): empty the test database's
        // park
        // so that the bound is reached by this test alone.
        QuarkusTransaction.requiringNew().run(() -> ParkedEvent.deleteAll());
        // The gauge comes with the bean, made at the replay's first tick.
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> gauge() == 0);
        for (int i = 0; i < 3; i++) {
            park(prefix + i);
        }
        assertEquals(3, gauge());
        double dropped = dropped();

        park(prefix + 3);
        List<String> waiting = QuarkusTransaction.requiringNew()
                .call(() -> ParkedEvent.<ParkedEvent>list("dossierCode like ?1 order by id", prefix + "%").stream()
                        .map(p -> p.dossierCode)
                        .toList());
        assertEquals(List.of(prefix + 1, prefix + 2, prefix + 3), waiting, "the oldest went, the newest stays");
        assertEquals(dropped + 1, dropped(), "and its drop is counted");
        assertEquals(3, gauge(), "one out, one in");
        QuarkusTransaction.requiringNew().run(() -> ParkedEvent.delete("dossierCode like ?1", prefix + "%"));
    }

    private void park(String code) {
        QuarkusTransaction.requiringNew()
                .run(() -> parked.park(
                        json.valueToTree(Map.of(
                                "eventId",
                                UUID.randomUUID().toString(),
                                "type",
                                "DOSSIER_OVERDUE",
                                "dossierCode",
                                code)),
                        "dossier-status-events"));
    }

    private double gauge() {
        return registry.get("notification_parked_events").gauge().value();
    }

    private double dropped() {
        return registry.counter("notification_no_recipient_total", "type", "DOSSIER_OVERDUE")
                .count();
    }
}
