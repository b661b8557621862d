package vn.motcua.intake.dossier.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "intake.appointment")
public interface AppointmentSettings {
    /**
     * How long a due time from tracking is reused for receipts in its window (0: ask tracking for every dossier).
     * Also the longest a calendar change can take to reach a new receipt at another replica.
     */
    Duration reuseFor();

    /** Processing times remembered at once. */
    int maxEntries();
}
