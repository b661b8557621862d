package vn.motcua.tracking.inbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the inbox remembers a processed event's id, and how it forgets (InboxPruner). */
@ConfigMapping(prefix = "tracking.inbox")
public interface InboxSettings {
    /**
     * How long an id is kept after its event was processed. Longer than any topic keeps a record (events 7 days,
     * dead letters 30): an event that can still be delivered again still finds its id.
     */
    @WithDefault("35d")
    Duration keep();

    /** How often a walk over the table for ids older than that begins. */
    @WithDefault("6h")
    Duration pruneEvery();

    /**
     * How often the walk goes one chunk further (the scheduler reads it as a string). With the chunk, its pace: 1,000
     * ids a second by default, so a walk must cover the ids of {@code keep} within prune-every at that pace.
     */
    @WithDefault("1s")
    String pruneTick();

    /** Ids read, and at most deleted, in one short transaction of the walk. */
    @WithDefault("1000")
    int pruneChunk();
}
