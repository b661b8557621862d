package vn.motcua.tracking.scorecard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    /** The configured defaults: weights summing to 100, thresholds where the configuration sets them. */
    static Map<Indicator, Scorecard.Rule> rules() {
        Map<Indicator, Scorecard.Rule> r = new EnumMap<>(Indicator.class);
        Object[][] table = {
            {Indicator.PUBLISHED_ON_TIME, 6, "1"},
            {Indicator.UPDATED_ON_TIME, 4, "1"},
            {Indicator.PUBLISHED_IN_FULL, 2, "1"},
            {Indicator.PORTAL_SYNC, 6, "1"},
            {Indicator.ON_TIME, 20, "1"},
            {Indicator.FULLY_ONLINE, 12, "0.5"},
            {Indicator.ONLINE_PAYMENT, 10, "1"},
            {Indicator.ELECTRONIC_RESULTS, 6, "0.8"},
            {Indicator.DIGITISED_COMPONENTS, 4, "0.8"},
            {Indicator.CERTIFIED_COPIES, 2, "1"},
            {Indicator.DATA_REUSE, 2, "1"},
            {Indicator.PERSONAL_DATA_STORE, 4, "1"},
            {Indicator.POPULATION_DATA_IDENTITY, 2, "1"},
            {Indicator.POPULATION_DATA_REUSE, 2, "1"},
            {Indicator.FEEDBACK_ON_TIME, 6, "0.9"},
            {Indicator.FEEDBACK_SATISFIED, 6, "0.9"},
            {Indicator.HANDLING_SATISFIED, 6, "0.9"}
        };
        for (Object[] row : table) {
            r.put((Indicator) row[0], new Scorecard.Rule(BigDecimal.valueOf((Integer) row[1]), new BigDecimal((String)
                    row[2])));
        }
        return r;
    }

    /**
     * online, counter, early, on time, late, within, overdue, rated ++/+/-, feedback filed/about/on time/late/ok/not,
     * and optionally components received and digitised, dossiers received and held by the national portal (none:
     * nothing arose).
     */
    static ScorecardFigures figures(long... v) {
        long[] f = java.util.Arrays.copyOf(v, 20);
        return new ScorecardFigures(
                f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13], f[14], f[15],
                f[16], f[17], f[18], f[19]);
    }

    static Scorecard.IndicatorScore indicator(Scorecard card, Indicator key) {
        return card.groups().stream()
                .flatMap(g -> g.indicators().stream())
                .filter(i -> i.key() == key)
                .findFirst()
                .orElseThrow();
    }

    static BigDecimal points(Scorecard card, Indicator key) {
        return indicator(card, key).points().orElseThrow();
    }

    @Test
    void theWeightsAddUpToAHundredInFiveGroups() {
        BigDecimal total =
                rules().values().stream().map(Scorecard.Rule::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, BigDecimal.valueOf(100).compareTo(total));
        Scorecard card = Scorecard.of("X", ScorecardFigures.ZERO, rules());
        assertEquals(5, card.groups().size());
        assertEquals(
                Map.of("TRANSPARENCY", 18, "PROGRESS", 20, "ONLINE", 22, "DIGITISATION", 22, "SATISFACTION", 18),
                Map.of(
                        "TRANSPARENCY", weight(card, Indicator.Group.TRANSPARENCY),
                        "PROGRESS", weight(card, Indicator.Group.PROGRESS),
                        "ONLINE", weight(card, Indicator.Group.ONLINE),
                        "DIGITISATION", weight(card, Indicator.Group.DIGITISATION),
                        "SATISFACTION", weight(card, Indicator.Group.SATISFACTION)));
    }

    static int weight(Scorecard card, Indicator.Group g) {
        return card.groups().stream()
                .filter(x -> x.key() == g)
                .flatMap(x -> x.indicators().stream())
                .mapToInt(i -> i.weight().intValue())
                .sum();
    }

    @Test
    void whatCannotBeMeasuredScoresNothingAndLeavesTheMaximum() {
        Scorecard card = Scorecard.of("X", figures(1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), rules());
        var payment = indicator(card, Indicator.ONLINE_PAYMENT);
        assertFalse(payment.measured());
        assertTrue(payment.points().isEmpty() && payment.ratio().isEmpty());
        // Measured: portal sync 6, on time 20, fully online 12, digitised components 4, three satisfaction 6 each.
        assertEquals(new BigDecimal("60"), card.maxPoints());
    }

    @Test
    void anIndicatorWhoseSourceDidNotAnswerIsNotMeasured() {
        ScorecardFigures f = figures(1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 10);
        Scorecard card = Scorecard.of("X", f, rules(), java.util.Set.of(Indicator.PORTAL_SYNC));
        var portal = indicator(card, Indicator.PORTAL_SYNC);
        assertFalse(portal.measured());
        assertTrue(portal.points().isEmpty() && portal.part().isEmpty());
        assertEquals(new BigDecimal("54"), card.maxPoints());
        assertTrue(
                indicator(Scorecard.of("X", f, rules()), Indicator.PORTAL_SYNC).measured());
    }

    @Test
    void portalSyncIsTheShareOfReceivedDossiersThePortalHolds() {
        // 90 of 100 received are on the portal: threshold 1 makes it proportional, 6 x 0.9.
        var card = Scorecard.of("X", figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 90), rules());
        var portal = indicator(card, Indicator.PORTAL_SYNC);
        assertEquals(Optional.of(90L), portal.part());
        assertEquals(Optional.of(100L), portal.whole());
        assertEquals(new BigDecimal("5.40"), portal.points().orElseThrow());
        // More held than received (a backfilled dossier counted after a code day changed hands) never exceeds 100 %.
        var over = Scorecard.of("X", figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 7), rules());
        assertEquals(
                new BigDecimal("1.0000"),
                indicator(over, Indicator.PORTAL_SYNC).ratio().orElseThrow());
    }

    @Test
    void progressIsProportionalOverResolvedAndInProgress() {
        // 3 early + 1 on time + 2 within the deadline, of 3 + 1 + 2 late + 2 within + 2 overdue = 6 of 10.
        Scorecard card = Scorecard.of("X", figures(0, 0, 3, 1, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0), rules());
        var onTime = indicator(card, Indicator.ON_TIME);
        assertEquals(Optional.of(6L), onTime.part());
        assertEquals(Optional.of(10L), onTime.whole());
        assertEquals(new BigDecimal("0.6000"), onTime.ratio().orElseThrow());
        assertEquals(new BigDecimal("12.00"), onTime.points().orElseThrow());
    }

    @Test
    void aThresholdGivesFullPointsAboveItAndProportionalPointsBelow() {
        // Fully online, threshold 50 %: 3 of 10 is 0.6 of the way, 6 of 10 is past it.
        assertEquals(
                new BigDecimal("7.20"),
                points(
                        Scorecard.of("X", figures(3, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), rules()),
                        Indicator.FULLY_ONLINE));
        assertEquals(
                new BigDecimal("12.00"),
                points(
                        Scorecard.of("X", figures(6, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), rules()),
                        Indicator.FULLY_ONLINE));
        assertEquals(
                new BigDecimal("12.00"),
                points(
                        Scorecard.of("X", figures(5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), rules()),
                        Indicator.FULLY_ONLINE));
    }

    @Test
    void handlingSatisfactionIsSixTimesROverNinetyPercentAtMostSix() {
        // r = (resolved - rated dissatisfied - with feedback - late) / resolved
        // 100 resolved, 3 dissatisfied, 2 with feedback, 5 late: r = 0.9, full points.
        ScorecardFigures f90 = figures(0, 0, 90, 5, 5, 0, 0, 0, 0, 3, 2, 2, 0, 0, 0, 0);
        assertEquals(new BigDecimal("6.00"), points(Scorecard.of("X", f90, rules()), Indicator.HANDLING_SATISFIED));
        // 14 late instead: r = 0.81, 6 x 0.81 / 0.9 = 5.40.
        ScorecardFigures f81 = figures(0, 0, 80, 6, 14, 0, 0, 0, 0, 3, 2, 2, 0, 0, 0, 0);
        assertEquals(new BigDecimal("5.40"), points(Scorecard.of("X", f81, rules()), Indicator.HANDLING_SATISFIED));
        // More complaints than resolved dossiers: r is not negative.
        ScorecardFigures worse = figures(0, 0, 1, 0, 1, 0, 0, 0, 0, 5, 3, 3, 0, 0, 0, 0);
        assertEquals(new BigDecimal("0.00"), points(Scorecard.of("X", worse, rules()), Indicator.HANDLING_SATISFIED));
    }

    @Test
    void feedbackAnsweredOnTimeAndSatisfactionWithAnswers() {
        ScorecardFigures f = figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 3, 1, 1, 1);
        Scorecard card = Scorecard.of("X", f, rules());
        // 3 of 4 on time = 0.75, threshold 0.9: 6 x 0.833333 = 5.00.
        assertEquals(new BigDecimal("5.00"), points(card, Indicator.FEEDBACK_ON_TIME));
        // 1 of 2 satisfied = 0.5: 6 x 0.555556 = 3.33.
        assertEquals(new BigDecimal("3.33"), points(card, Indicator.FEEDBACK_SATISFIED));
    }

    @Test
    void whereNothingAroseTheIndicatorScoresFullPoints() {
        Scorecard card = Scorecard.of("X", ScorecardFigures.ZERO, rules());
        assertEquals(new BigDecimal("60.00"), card.points());
        assertEquals(new BigDecimal("100.00"), card.percent());
        assertEquals(
                Optional.of(0L), indicator(card, Indicator.FEEDBACK_ON_TIME).whole());
    }

    @Test
    void thePercentIsOfTheMeasuredWeights() {
        // On time 4 of 5 (16), online 2 of 5 (0.4 / 0.5 -> 9.60), feedback 1 of 2 twice (3.33 each),
        // handling (4 - 1 - 1 - 1) / 4 = 0.25 (1.67), components 4 of 10 digitised (0.4 / 0.8 -> 2), 4 of 5 on the
        // portal (4.80): 40.73 of 60.
        ScorecardFigures f = figures(2, 3, 3, 0, 1, 1, 0, 0, 0, 1, 2, 1, 1, 1, 1, 1, 10, 4, 5, 4);
        Scorecard card = Scorecard.of("X", f, rules());
        assertEquals(new BigDecimal("40.73"), card.points());
        assertEquals(new BigDecimal("67.88"), card.percent());
        assertEquals(new BigDecimal("4.80"), points(card, Indicator.PORTAL_SYNC));
        assertEquals(new BigDecimal("2.00"), points(card, Indicator.DIGITISED_COMPONENTS));
        assertEquals(new BigDecimal("16.00"), points(card, Indicator.ON_TIME));
        assertEquals(new BigDecimal("9.60"), points(card, Indicator.FULLY_ONLINE));
        assertEquals(new BigDecimal("1.67"), points(card, Indicator.HANDLING_SATISFIED));
    }

    @Test
    void everyIndicatorNeedsARule() {
        Map<Indicator, Scorecard.Rule> missing = rules();
        missing.remove(Indicator.ONLINE_PAYMENT);
        assertThrows(IllegalArgumentException.class, () -> Scorecard.of("X", ScorecardFigures.ZERO, missing));
    }
}
