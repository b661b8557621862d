package vn.motcua.tracking.scorecard.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import vn.motcua.tracking.scorecard.config.ScorecardSettings;
import vn.motcua.tracking.scorecard.domain.Indicator;
import vn.motcua.tracking.scorecard.domain.Scorecard;
import vn.motcua.tracking.scorecard.domain.ScorecardFigures;
import vn.motcua.tracking.statistics.domain.StatisticsRow;
import vn.motcua.tracking.statistics.service.StatisticsReport;

/**
 * A month's scorecards, every agency's and the province's, read only from stored aggregates: reports 06a/06b
 * (stats_monthly and the overdue count), the ratings counted beside them, feedback_monthly, and intake's
 * monthly portal-sync figures. Nothing scans dossiers or ratings, so a month of a million dossiers costs what a
 * month of ten does.
 */
@ApplicationScoped
public class ScorecardReport {
    public static final String PROVINCE = "PROVINCE";

    /** The province's card and the agencies' cards, best first. */
    public record Month(YearMonth month, Scorecard province, List<Scorecard> agencies) {}

    private final StatisticsReport statistics;
    private final PortalFigures portal;
    private final EntityManager em;
    private final ScorecardSettings settings;

    public ScorecardReport(
            StatisticsReport statistics, PortalFigures portal, EntityManager em, ScorecardSettings settings) {
        this.statistics = statistics;
        this.portal = portal;
        this.em = em;
        this.settings = settings;
    }

    /** intake is asked first, outside the transaction: no connection waits on another service's answer. */
    public Month month(YearMonth month) {
        Optional<Map<String, ScorecardFigures>> synced = portal.of(month);
        return QuarkusTransaction.joiningExisting().call(() -> month(month, synced));
    }

    private Month month(YearMonth month, Optional<Map<String, ScorecardFigures>> synced) {
        LocalDate first = month.atDay(1);
        Map<String, ScorecardFigures> byAgency = new TreeMap<>();
        for (StatisticsRow r : statistics
                .report(first, month.atEndOfMonth(), Optional.empty(), Optional.empty())
                .rows()) {
            byAgency.merge(
                    r.agencyCode(),
                    new ScorecardFigures(
                            r.receivedOnline(),
                            r.receivedCounter(),
                            r.resolvedEarly(),
                            r.resolvedOnTime(),
                            r.resolvedLate(),
                            r.inProgressWithinDeadline(),
                            r.inProgressOverdue(),
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0),
                    ScorecardFigures::plus);
        }
        add(
                byAgency,
                "SELECT agency_code, SUM(rated_very_satisfied), SUM(rated_satisfied), SUM(rated_dissatisfied),"
                        + " SUM(components_received), SUM(components_digitised)"
                        + " FROM stats_monthly WHERE month = ?1 GROUP BY agency_code",
                first,
                (a, v) -> new ScorecardFigures(
                        0, 0, 0, 0, 0, 0, 0, v[0], v[1], v[2], 0, 0, 0, 0, 0, 0, v[3], v[4], 0, 0));
        add(
                byAgency,
                "SELECT agency_code, SUM(filed), SUM(about_dossier), SUM(answered_on_time), SUM(answered_late),"
                        + " SUM(satisfied), SUM(dissatisfied) FROM feedback_monthly WHERE month = ?1"
                        + " GROUP BY agency_code",
                first,
                (a, v) -> new ScorecardFigures(
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, v[0], v[1], v[2], v[3], v[4], v[5], 0, 0, 0, 0));
        synced.ifPresent(figures -> figures.forEach((a, f) -> byAgency.merge(a, f, ScorecardFigures::plus)));
        Set<Indicator> unavailable = synced.isPresent() ? Set.of() : Set.of(Indicator.PORTAL_SYNC);
        var rules = settings.rules();
        List<Scorecard> agencies = byAgency.entrySet().stream()
                .map(e -> Scorecard.of(e.getKey(), e.getValue(), rules, unavailable))
                .sorted(Comparator.comparing(Scorecard::percent).reversed().thenComparing(Scorecard::scope))
                .toList();
        ScorecardFigures all = byAgency.values().stream().reduce(ScorecardFigures.ZERO, ScorecardFigures::plus);
        return new Month(month, Scorecard.of(PROVINCE, all, rules, unavailable), agencies);
    }

    private void add(
            Map<String, ScorecardFigures> into,
            String sql,
            LocalDate month,
            BiFunction<String, long[], ScorecardFigures> figures) {
        for (Object row : em.createNativeQuery(sql).setParameter(1, month).getResultList()) {
            Object[] r = (Object[]) row;
            long[] v = new long[r.length - 1];
            for (int i = 1; i < r.length; i++) {
                v[i - 1] = r[i] == null ? 0 : ((Number) r[i]).longValue();
            }
            String agency = (String) r[0];
            into.merge(agency, figures.apply(agency, v), ScorecardFigures::plus);
        }
    }
}
