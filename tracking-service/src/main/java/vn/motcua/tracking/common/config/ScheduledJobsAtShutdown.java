package vn.motcua.tracking.common.config;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Scheduled jobs stop being triggered as soon as shutdown begins. Quarkus closes the persistence unit while the Kafka
 * consumers are still leaving their groups (several seconds), and every job triggered in between failed on a closed
 * EntityManagerFactory: a warning or an error with its stack trace, once a second per job, on every deploy, hiding
 * real errors from whoever reads the log. A job already running finishes; nothing is lost, since every job starts
 * again from the database after the restart.
 */
@ApplicationScoped
public class ScheduledJobsAtShutdown {
    void pause(@Observes @Priority(1) ShutdownEvent event, Scheduler scheduler) {
        scheduler.pause();
    }
}
