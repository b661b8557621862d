package vn.motcua.tracking.inbox.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event id this service has already applied; written in the same transaction as the effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    /** Records the event id; false when it was already recorded (a redelivery). Call inside the effect's transaction. */
    public static boolean markProcessed(String eventId, String topic) {
        // INSERT IGNORE: a concurrent duplicate waits for the first one's commit and then sees it, instead of failing.
        return getEntityManager().createNativeQuery(
                        "INSERT IGNORE INTO processed_event (event_id, topic, processed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, eventId).setParameter(2, topic).setParameter(3, Instant.now()).executeUpdate() == 1;
    }
}
