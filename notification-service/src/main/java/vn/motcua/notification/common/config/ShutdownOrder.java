package vn.motcua.notification.common.config;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.reactive.messaging.kafka.KafkaConnector;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

/**
 * The work that needs the database stops as soon as shutdown begins, while the database is still there. Quarkus
 * closes the persistence unit seconds before the Kafka connector stops its consumers, and every scheduled job
 * triggered in between, and the poll in hand, failed on a closed EntityManagerFactory: a warning or an error with
 * its stack trace once a second per job and once per record, on every deploy, hiding real errors from whoever reads
 * the log. Now the scheduler is paused (a job already running finishes) and the consumers are closed gracefully
 * first: the poll in hand is applied and its offsets committed.
 */
@ApplicationScoped
public class ShutdownOrder {
    void stopDatabaseWorkFirst(
            @Observes @Priority(1) ShutdownEvent event, Scheduler scheduler, @Any Instance<KafkaConnector> kafka) {
        scheduler.pause();
        kafka.forEach(connector -> connector.terminate(event));
    }
}
