package vn.motcua.tracking.scorecard.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.scorecard.domain.Scorecard;

/**
 * The current month's scorecard as gauges for the Grafana dashboard (agencies ranked, each group's trend), read
 * from the stored aggregates through the same report as the API, so the two always agree.
 */
@ApplicationScoped
public class ScorecardGauges {
    private final ScorecardReport report;
    private final Clock clock;
    private final CalendarService calendar;
    private final MultiGauge percent;
    private final MultiGauge points;

    public ScorecardGauges(ScorecardReport report, Clock clock, CalendarService calendar, MeterRegistry registry) {
        this.report = report;
        this.clock = clock;
        this.calendar = calendar;
        this.percent = MultiGauge.builder("tracking_scorecard_percent")
                .description("Decision 766 score this month, in percent of the measured weights, by agency"
                        + " (agency=PROVINCE for the province)")
                .register(registry);
        this.points = MultiGauge.builder("tracking_scorecard_points")
                .description("Decision 766 points this month by agency and group (max_points: the measured weights)")
                .register(registry);
    }

    @Scheduled(
            every = "${tracking.scorecard.gauges-every}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            ScorecardReport.Month m = report.month(
                    YearMonth.now(clock.withZone(calendar.settings().zone())));
            List<MultiGauge.Row<?>> percents = new ArrayList<>();
            List<MultiGauge.Row<?>> groupPoints = new ArrayList<>();
            List<Scorecard> cards = new ArrayList<>(m.agencies());
            cards.add(m.province());
            for (Scorecard c : cards) {
                percents.add(MultiGauge.Row.of(Tags.of("agency", c.scope()), c.percent()));
                for (Scorecard.GroupScore g : c.groups()) {
                    groupPoints.add(MultiGauge.Row.of(
                            Tags.of("agency", c.scope(), "group", g.key().name().toLowerCase()), g.points()));
                }
            }
            percent.register(percents, true);
            points.register(groupPoints, true);
        } catch (RuntimeException e) {
            Log.warnf("scorecard gauges not refreshed: %s", e.toString());
        }
    }
}
