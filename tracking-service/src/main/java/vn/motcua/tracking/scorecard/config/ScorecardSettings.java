package vn.motcua.tracking.scorecard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import vn.motcua.tracking.scorecard.domain.Indicator;
import vn.motcua.tracking.scorecard.domain.Scorecard;

/**
 * The index's weights and thresholds, one entry per indicator ({@code published-on-time}, …), so that a change
 * of the decision or a verified figure is a configuration change (docs/scorecard.md marks what is unverified).
 */
@ConfigMapping(prefix = "tracking.scorecard")
public interface ScorecardSettings {
    Map<String, IndicatorRule> indicators();

    /** How often the scorecard gauges of the current month are recomputed from the stored aggregates. */
    @WithDefault("5m")
    Duration gaugesEvery();

    interface IndicatorRule {
        BigDecimal weight();

        /** The ratio at or above which the indicator scores its full weight; 1 makes it proportional. */
        @WithDefault("1")
        BigDecimal threshold();
    }

    /** Every indicator's rule; an indicator missing from the configuration fails here, at start. */
    default Map<Indicator, Scorecard.Rule> rules() {
        Map<Indicator, Scorecard.Rule> rules = new EnumMap<>(Indicator.class);
        indicators()
                .forEach((key, r) -> rules.put(
                        Indicator.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_')),
                        new Scorecard.Rule(r.weight(), r.threshold())));
        for (Indicator i : Indicator.values()) {
            if (!rules.containsKey(i)) {
                throw new IllegalStateException("tracking.scorecard.indicators."
                        + i.name().toLowerCase(Locale.ROOT).replace('_', '-') + " is not configured");
            }
        }
        return rules;
    }
}
