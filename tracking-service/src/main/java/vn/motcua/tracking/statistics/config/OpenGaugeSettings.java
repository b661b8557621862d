package vn.motcua.tracking.statistics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the open-dossier gauges walk the open dossiers (OpenDossierMetrics). */
@ConfigMapping(prefix = "tracking.open-gauges")
public interface OpenGaugeSettings {
    /** Open dossiers read by one statement of the walk. */
    @WithDefault("5000")
    int slice();

    /** The pause between two slices, which spreads the walk's reads over time instead of one burst. */
    @WithDefault("50ms")
    Duration pause();
}
