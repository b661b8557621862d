package vn.motcua.tracking.calendar.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** A legal processing time in working days: 0, 0.5 or a whole number; kept as a count of sessions. */
public record ProcessingTime(int sessions) {

    public ProcessingTime {
        if (sessions < 0 || (sessions > 1 && sessions % 2 != 0)) {
            throw new IllegalArgumentException("processing time must be 0, 0.5 or a whole number of working days");
        }
    }

    /** Parses "0", "0.5", "3" or "3.0"; empty for anything else (negative, 1.5, not a number). */
    public static Optional<ProcessingTime> parse(String workingDays) {
        try {
            BigDecimal sessions = new BigDecimal(workingDays.trim()).multiply(BigDecimal.valueOf(2));
            if (sessions.signum() < 0
                    || sessions.stripTrailingZeros().scale() > 0
                    || sessions.compareTo(BigDecimal.valueOf(2 * 3650)) > 0) {
                return Optional.empty();
            }
            int n = sessions.intValueExact();
            return n > 1 && n % 2 != 0 ? Optional.empty() : Optional.of(new ProcessingTime(n));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    public static ProcessingTime days(int workingDays) {
        return new ProcessingTime(workingDays * 2);
    }

    public BigDecimal workingDays() {
        return BigDecimal.valueOf(sessions).divide(BigDecimal.valueOf(2)).stripTrailingZeros();
    }
}
