package vn.motcua.tracking.lifecycle.domain;

import static vn.motcua.tracking.lifecycle.domain.Action.APOLOGIZE;
import static vn.motcua.tracking.lifecycle.domain.Action.HAND_OVER;
import static vn.motcua.tracking.lifecycle.domain.Action.PAYMENT_RECEIVED;
import static vn.motcua.tracking.lifecycle.domain.Action.REQUEST_PAYMENT;
import static vn.motcua.tracking.lifecycle.domain.Action.REQUEST_SUPPLEMENT;
import static vn.motcua.tracking.lifecycle.domain.Action.RESOLVE;
import static vn.motcua.tracking.lifecycle.domain.Action.RETURN_RESULT;
import static vn.motcua.tracking.lifecycle.domain.Action.START_PROCESSING;
import static vn.motcua.tracking.lifecycle.domain.Action.SUPPLEMENT_RECEIVED;
import static vn.motcua.tracking.lifecycle.domain.Action.SUSPEND;
import static vn.motcua.tracking.lifecycle.domain.Action.WITHDRAW;
import static vn.motcua.tracking.lifecycle.domain.TrackedStatus.PAYMENT_REQUESTED;
import static vn.motcua.tracking.lifecycle.domain.TrackedStatus.PROCESSING;
import static vn.motcua.tracking.lifecycle.domain.TrackedStatus.RECEIVED;
import static vn.motcua.tracking.lifecycle.domain.TrackedStatus.RESOLVED;
import static vn.motcua.tracking.lifecycle.domain.TrackedStatus.RETURNED;
import static vn.motcua.tracking.lifecycle.domain.TrackedStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.tracking.lifecycle.domain.TrackedStatus.SUSPENDED;
import static vn.motcua.tracking.lifecycle.domain.TrackedStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.tracking.calendar.domain.Outcome;

/**
 * What may happen when: the lifecycle as a table (for each status, the actions allowed and the status each leads
 * to) and the two rules that also read the outcome (an apology only for a late result, and a late result returned
 * only after its apology). Hand-overs and apologies are steps and letters, not statuses: they keep or set
 * PROCESSING. WITHDRAWN, SUSPENDED and RETURNED are final.
 */
public final class Transitions {
    private static final Map<TrackedStatus, Map<Action, TrackedStatus>> TABLE = new EnumMap<>(TrackedStatus.class);

    static {
        allow(RECEIVED, START_PROCESSING, PROCESSING);
        allow(RECEIVED, HAND_OVER, PROCESSING);
        allow(RECEIVED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(RECEIVED, REQUEST_PAYMENT, PAYMENT_REQUESTED);
        allow(RECEIVED, RESOLVE, RESOLVED);
        allow(RECEIVED, SUSPEND, SUSPENDED);
        allow(RECEIVED, WITHDRAW, WITHDRAWN);
        allow(RECEIVED, APOLOGIZE, RECEIVED);

        allow(PROCESSING, HAND_OVER, PROCESSING);
        allow(PROCESSING, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(PROCESSING, REQUEST_PAYMENT, PAYMENT_REQUESTED);
        allow(PROCESSING, RESOLVE, RESOLVED);
        allow(PROCESSING, SUSPEND, SUSPENDED);
        allow(PROCESSING, WITHDRAW, WITHDRAWN);
        allow(PROCESSING, APOLOGIZE, PROCESSING);

        allow(SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, PROCESSING);
        allow(SUPPLEMENT_REQUESTED, SUSPEND, SUSPENDED);
        allow(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN);

        allow(PAYMENT_REQUESTED, PAYMENT_RECEIVED, PROCESSING);
        allow(PAYMENT_REQUESTED, SUSPEND, SUSPENDED);
        allow(PAYMENT_REQUESTED, WITHDRAW, WITHDRAWN);
        allow(PAYMENT_REQUESTED, APOLOGIZE, PAYMENT_REQUESTED);

        allow(RESOLVED, RETURN_RESULT, RETURNED);
        allow(RESOLVED, APOLOGIZE, RESOLVED);
    }

    private Transitions() {}

    private static void allow(TrackedStatus from, Action action, TrackedStatus to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(Action.class)).put(action, to);
    }

    /** The status {@code action} leads to from {@code from}, or empty when it is not allowed there. */
    public static Optional<TrackedStatus> next(TrackedStatus from, Action action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions allowed from {@code from}, in declaration order; none for a final status. */
    public static Set<Action> allowed(TrackedStatus from) {
        return Collections.unmodifiableSet(
                TABLE.getOrDefault(from, new EnumMap<>(Action.class)).keySet());
    }

    /** Why an action the table allows is refused for this dossier, and what may be done instead. */
    public record Refusal(String reason, List<Action> instead) {}

    /**
     * The rules beyond the table. {@code replay} is a legacy import: old systems kept no apology letters, so their
     * late returns are taken as they happened.
     */
    public static Optional<Refusal> refusal(
            TrackedStatus status, Outcome outcome, boolean apologised, Action action, boolean replay) {
        if (action == APOLOGIZE && status == RESOLVED && outcome != Outcome.LATE) {
            return Optional.of(new Refusal(
                    "Hồ sơ đã giải quyết đúng hạn: không cần văn bản xin lỗi.",
                    allowed(status).stream().filter(a -> a != APOLOGIZE).toList()));
        }
        if (action == RETURN_RESULT && outcome == Outcome.LATE && !apologised && !replay) {
            return Optional.of(new Refusal(
                    "Hồ sơ trễ hạn: cần văn bản xin lỗi và hẹn lại (mẫu 04) trước khi trả kết quả.",
                    List.of(APOLOGIZE)));
        }
        return Optional.empty();
    }

    /** The actions an officer is offered now: those of the table that no rule refuses, in declaration order. */
    public static List<Action> offered(TrackedStatus status, Outcome outcome, boolean apologised) {
        return allowed(status).stream()
                .filter(a -> refusal(status, outcome, apologised, a, false).isEmpty())
                .toList();
    }

    /** The clock stops for good at these: statistics count the dossier as finished. */
    public static boolean ends(TrackedStatus status) {
        return status == RESOLVED || status == WITHDRAWN || status == SUSPENDED || status == RETURNED;
    }
}
