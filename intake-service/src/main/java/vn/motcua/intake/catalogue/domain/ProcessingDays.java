package vn.motcua.intake.catalogue.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** The brief's rule for processing times: 0, 0.5 or a whole number of working days (here at most 365). */
public final class ProcessingDays {
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MAX = BigDecimal.valueOf(365);

    private ProcessingDays() {}

    /** Why {@code days} is not a valid processing time, in Vietnamese; empty when it is. */
    public static Optional<String> problem(BigDecimal days) {
        if (days.signum() < 0 || days.compareTo(MAX) > 0) {
            return Optional.of("thời hạn từ 0 đến 365 ngày làm việc");
        }
        boolean whole = days.stripTrailingZeros().scale() <= 0;
        if (!whole && days.compareTo(HALF) != 0) {
            return Optional.of("thời hạn là 0, 0,5 hoặc số nguyên ngày làm việc");
        }
        return Optional.empty();
    }

    /** Step budgets may be any number of half days (a step of 1.5 days is three sessions). */
    public static Optional<String> stepProblem(BigDecimal days) {
        if (days.signum() < 0 || days.compareTo(MAX) > 0) {
            return Optional.of("thời hạn từ 0 đến 365 ngày làm việc");
        }
        if (days.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            return Optional.of("thời hạn của bước tính theo nửa ngày làm việc (0,5)");
        }
        return Optional.empty();
    }
}
