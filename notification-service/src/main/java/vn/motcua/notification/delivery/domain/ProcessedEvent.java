package vn.motcua.notification.delivery.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event id this service has already handled; written in the same transaction as its deliveries. */
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

    /**
     * False when the id was already recorded (a redelivery). Call inside the effect's transaction. INSERT IGNORE
     * makes a concurrent duplicate wait for the first one's commit and then see it, instead of failing.
     */
    public static boolean markProcessed(String eventId, String topic) {
        int inserted = getEntityManager().createNativeQuery(
                        "INSERT IGNORE INTO processed_event (event_id, topic, processed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, eventId).setParameter(2, topic).setParameter(3, Instant.now()).executeUpdate();
        return inserted == 1;
    }
}
