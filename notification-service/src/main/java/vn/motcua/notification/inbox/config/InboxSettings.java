package vn.motcua.notification.inbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the inbox remembers a processed event's id, and how it forgets (InboxPruner). */
@ConfigMapping(prefix = "notification.inbox")
public interface InboxSettings {
    /**
     * How long an id is kept after its event was processed. Longer than any topic keeps a record (events 7 days,
     * dead letters 30): an event that can still be delivered again still finds its id.
     */
    @WithDefault("35d")
    Duration keep();

    /** How often the table is walked for ids older than that (the scheduler reads it as a string). */
    @WithDefault("6h")
    String pruneEvery();

    /** Ids read, and at most deleted, in one short transaction of the walk. */
    @WithDefault("1000")
    int pruneChunk();
}
