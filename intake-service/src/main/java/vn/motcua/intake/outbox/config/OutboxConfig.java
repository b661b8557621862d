package vn.motcua.intake.outbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "intake.outbox")
public interface OutboxConfig {
    /** Topic every dossier event is published to, keyed by dossier code. */
    String topic();

    /** Topic of the agency registry's events (AGENCY_*), keyed by agency code. */
    @WithDefault("agency-events")
    String agencyTopic();

    /** How often the relay looks for unsent events (the scheduler reads it as a string). */
    Duration pollInterval();

    /** How long a pass over the table (the fallback) waits for more commits to join it (0: at once). */
    Duration linger();

    /** Most events relayed in one transaction. */
    int batchSize();

    /**
     * The producer's compression.type. None by default: a relay batch is a handful of small events, and lz4 set up
     * a 64 KiB block and its hash table for each, more than the events themselves (docs/benchmarks.md).
     */
    @WithDefault("none")
    String compression();
}
