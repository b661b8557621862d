package vn.motcua.intake.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The connection to the national portal's gateway (docs/national-portal.md); credentials from the environment. */
@ConfigMapping(prefix = "intake.portal")
public interface PortalSettings {
    /** Off until a province has its gateway: nothing is queued while off (a backfill catches up). */
    @WithDefault("false")
    boolean enabled();

    /** The gateway's base URL; required when enabled. */
    Optional<String> url();

    Optional<String> username();

    Optional<String> password();

    /** The sending unit's code (madonvi) the gateway was given for this system. */
    String unitCode();

    /** Connect and answer time-out of one call. */
    @WithDefault("5s")
    Duration timeout();

    /** How often the worker looks for dossiers to send. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Dossiers claimed by one pass of the worker, and how many of them are sent at once. */
    @WithDefault("100")
    int batchSize();

    @WithDefault("8")
    int parallelism();

    /** Retry back-off after a failed call: doubling from min to max. */
    @WithDefault("1s")
    Duration backoffMin();

    @WithDefault("5m")
    Duration backoffMax();

    /**
     * How long a replica holds the dossiers it claimed; one killed mid-call frees them after this. A pass stops
     * sending at half of it, so a live replica never outlives its lease.
     */
    @WithDefault("60s")
    Duration lease();

    /** Dossiers a backfill pass reads at a time. */
    @WithDefault("500")
    int backfillBatch();
}
