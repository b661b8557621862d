package vn.motcua.tracking.scorecard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One agency's (or the province's) scorecard for a month. Each measured indicator scores its weight times
 * min(1, ratio ÷ threshold): full points at or above the threshold, proportionally below it; a period where
 * nothing arose scores full points. The percentage is of the weights that could be measured.
 */
public record Scorecard(
        String scope, BigDecimal points, BigDecimal maxPoints, BigDecimal percent, List<GroupScore> groups) {

    /** An indicator's weight and the ratio at which it scores full points (both from configuration). */
    public record Rule(BigDecimal weight, BigDecimal threshold) {}

    public record IndicatorScore(
            Indicator key,
            String label,
            BigDecimal weight,
            boolean measured,
            Optional<Long> part,
            Optional<Long> whole,
            Optional<BigDecimal> ratio,
            Optional<BigDecimal> points) {}

    public record GroupScore(
            Indicator.Group key,
            String label,
            BigDecimal points,
            BigDecimal maxPoints,
            List<IndicatorScore> indicators) {}

    private static final int SCALE = 2;

    public static Scorecard of(String scope, ScorecardFigures figures, Map<Indicator, Rule> rules) {
        return of(scope, figures, rules, Set.of());
    }

    /**
     * {@code unavailable}: indicators whose figures could not be had this time (their source did not answer, or
     * it does not measure): "not measured", like an indicator the platform has no measure for.
     */
    public static Scorecard of(
            String scope, ScorecardFigures figures, Map<Indicator, Rule> rules, Set<Indicator> unavailable) {
        Map<Indicator.Group, List<IndicatorScore>> byGroup = new EnumMap<>(Indicator.Group.class);
        for (Indicator i : Indicator.values()) {
            Rule rule = rules.get(i);
            if (rule == null) {
                throw new IllegalArgumentException("no weight and threshold configured for " + i);
            }
            byGroup.computeIfAbsent(i.group, g -> new ArrayList<>())
                    .add(score(i, unavailable.contains(i) ? Optional.empty() : i.measure(figures), rule));
        }
        List<GroupScore> groups = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (var e : byGroup.entrySet()) {
            BigDecimal gp =
                    e.getValue().stream().flatMap(s -> s.points().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal gm = e.getValue().stream()
                    .filter(IndicatorScore::measured)
                    .map(IndicatorScore::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            groups.add(new GroupScore(e.getKey(), e.getKey().label, gp, gm, e.getValue()));
            points = points.add(gp);
            max = max.add(gm);
        }
        BigDecimal percent = max.signum() == 0
                ? BigDecimal.ZERO
                : points.multiply(BigDecimal.valueOf(100)).divide(max, SCALE, RoundingMode.HALF_UP);
        return new Scorecard(scope, points, max, percent, groups);
    }

    static IndicatorScore score(Indicator i, Optional<Indicator.Ratio> measured, Rule rule) {
        if (measured.isEmpty()) {
            return new IndicatorScore(
                    i,
                    i.label,
                    rule.weight(),
                    false,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        Indicator.Ratio r = measured.get();
        if (r.whole() == 0) {
            return new IndicatorScore(
                    i,
                    i.label,
                    rule.weight(),
                    true,
                    Optional.of(0L),
                    Optional.of(0L),
                    Optional.empty(),
                    Optional.of(rule.weight().setScale(SCALE, RoundingMode.HALF_UP)));
        }
        BigDecimal ratio = BigDecimal.valueOf(r.part()).divide(BigDecimal.valueOf(r.whole()), 6, RoundingMode.HALF_UP);
        BigDecimal share =
                ratio.divide(rule.threshold(), 6, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        return new IndicatorScore(
                i,
                i.label,
                rule.weight(),
                true,
                Optional.of(r.part()),
                Optional.of(r.whole()),
                Optional.of(ratio.setScale(4, RoundingMode.HALF_UP)),
                Optional.of(rule.weight().multiply(share).setScale(SCALE, RoundingMode.HALF_UP)));
    }
}
