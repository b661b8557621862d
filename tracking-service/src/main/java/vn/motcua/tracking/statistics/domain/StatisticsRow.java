package vn.motcua.tracking.statistics.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of reports 06a/06b for a period, agency and procedure (or their total): carried over, received
 * online and at the counter, resolved early / on time / late, still in progress within the deadline or
 * overdue at the end of the period, withdrawn, suspended, not accepted, and the on-time rate in percent.
 */
public record StatisticsRow(
        String agencyCode,
        String procedureCode,
        long carriedOver,
        long receivedOnline,
        long receivedCounter,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        long inProgressWithinDeadline,
        long inProgressOverdue,
        long withdrawn,
        long suspended,
        long notAccepted) {

    @JsonProperty
    public long received() {
        return receivedOnline + receivedCounter;
    }

    @JsonProperty
    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    /** (EARLY + ON_TIME) / resolved, as a percentage with two decimals; null when nothing was resolved. */
    @JsonProperty
    public BigDecimal onTimeRate() {
        if (resolved() == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * (resolvedEarly + resolvedOnTime))
                .divide(BigDecimal.valueOf(resolved()), 2, RoundingMode.HALF_UP);
    }

    /** Adds two rows (for totals); the codes of the result are {@code agency} and {@code procedure}. */
    public StatisticsRow plus(StatisticsRow o, String agency, String procedure) {
        return new StatisticsRow(
                agency,
                procedure,
                carriedOver + o.carriedOver,
                receivedOnline + o.receivedOnline,
                receivedCounter + o.receivedCounter,
                resolvedEarly + o.resolvedEarly,
                resolvedOnTime + o.resolvedOnTime,
                resolvedLate + o.resolvedLate,
                inProgressWithinDeadline + o.inProgressWithinDeadline,
                inProgressOverdue + o.inProgressOverdue,
                withdrawn + o.withdrawn,
                suspended + o.suspended,
                notAccepted + o.notAccepted);
    }

    public static StatisticsRow zero(String agency, String procedure) {
        return new StatisticsRow(agency, procedure, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
