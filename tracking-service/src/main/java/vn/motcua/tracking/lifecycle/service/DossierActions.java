package vn.motcua.tracking.lifecycle.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.tracking.agency.service.AgencyRegistry;
import vn.motcua.tracking.calendar.domain.DeadlineCalculator;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.domain.FieldError;
import vn.motcua.tracking.common.persistence.CommittedCounters;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;
import vn.motcua.tracking.lifecycle.domain.Transitions;
import vn.motcua.tracking.statistics.service.DailyStatistics;
import vn.motcua.tracking.statistics.service.DailyStatistics.Count;

/**
 * Applies an officer's action to a dossier under its row lock: checks the transition, moves the clock
 * (pauses, steps, resolution), keeps the statistics, and journals history and event in the same transaction.
 * Legacy import replays through here too, with the historical time as {@code at}.
 */
@ApplicationScoped
public class DossierActions {
    /** What an action needs besides its name; which fields are required depends on the action. */
    public record Command(
            Action action,
            Optional<String> reason,
            Optional<String> toAgency,
            Optional<String> toPerson,
            Optional<BigDecimal> stepWorkingDays,
            Optional<Instant> newAppointmentAt) {
        public static Command of(Action action) {
            return new Command(
                    action, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private final CalendarService calendar;
    private final Journal journal;
    private final StepLog steps;
    private final DailyStatistics statistics;
    private final MeterRegistry registry;
    private final CommittedCounters counters;
    private final AgencyRegistry agencies;

    public DossierActions(
            CalendarService calendar,
            Journal journal,
            StepLog steps,
            DailyStatistics statistics,
            MeterRegistry registry,
            CommittedCounters counters,
            AgencyRegistry agencies) {
        this.agencies = agencies;
        this.calendar = calendar;
        this.journal = journal;
        this.steps = steps;
        this.statistics = statistics;
        this.registry = registry;
        this.counters = counters;
    }

    @Transactional
    public TrackedDossier apply(String code, Command c, Actor user, Instant at) {
        Actor actor = c.action() == Action.APOLOGIZE
                ? user.withAgencyName(user.agency().flatMap(agencies::name))
                : user;
        // Before any row is locked: the registry may have to ask intake.
        if (c.action() == Action.HAND_OVER
                && c.toAgency().isPresent()
                && agencies.active(c.toAgency().get()).isEmpty()) {
            throw DomainException.invalid(List.of(new FieldError(
                    "toAgency",
                    "không có cơ quan đang hoạt động mã " + c.toAgency().get() + " trong danh mục cơ quan")));
        }
        TrackedDossier d = TrackedDossier.lockedByCode(code)
                .orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ " + code + "."));
        if (actor.isUser() && actor.agency().filter(d.holdingAgency::equals).isEmpty()) {
            throw DomainException.forbidden("Hồ sơ " + code + " đang do cơ quan " + d.holdingAgency + " xử lý.");
        }
        TrackedStatus next = Transitions.next(d.status, c.action())
                .orElseThrow(() -> DomainException.conflict(
                        "Không thể \"" + c.action().label + "\" khi hồ sơ ở trạng thái " + d.status + ".",
                        Transitions.allowed(d.status)));
        var refusal = Transitions.refusal(d.status, d.outcome, d.apologyAt != null, c.action(), !actor.isUser());
        if (refusal.isPresent()) {
            throw DomainException.conflict(refusal.get().reason(), refusal.get().instead());
        }
        requireInputs(c, d);
        DeadlineCalculator calc = calendar.calculator();
        DossierStep opened = null;
        switch (c.action()) {
            case HAND_OVER -> opened = steps.handOver(d, c, actor, at);
            case REQUEST_SUPPLEMENT -> d.pausedAt = at;
            case SUPPLEMENT_RECEIVED -> resume(d, calc, at);
            case RESOLVE -> {
                d.resolvedAt = at;
                d.outcome = calc.outcome(local(at), local(d.dueAt));
                end(
                        d,
                        at,
                        switch (d.outcome) {
                            case EARLY -> Count.RESOLVED_EARLY;
                            case ON_TIME -> Count.RESOLVED_ON_TIME;
                            case LATE -> Count.RESOLVED_LATE;
                        });
            }
            case WITHDRAW -> end(d, at, Count.WITHDRAWN);
            case SUSPEND -> end(d, at, Count.SUSPENDED);
            case APOLOGIZE -> {
                d.apologyAt = at;
                d.newAppointmentAt = c.newAppointmentAt().orElseThrow();
            }
            default -> {}
        }
        d.status = next;
        if (opened != null) {
            journal.recordStep(d, c.action().eventType(), at, actor, c.reason().orElse(null), opened);
        } else {
            journal.record(d, c.action().eventType(), at, actor, c.reason().orElse(null), null);
        }
        counters.increment("tracking_actions_total", "action", c.action().name(), "agency", d.holdingAgency);
        return d;
    }

    private void resume(TrackedDossier d, DeadlineCalculator calc, Instant at) {
        Instant paused = d.pausedAt;
        int sessions = d.workingDays.multiply(java.math.BigDecimal.valueOf(2)).intValueExact();
        d.dueAt = d.supplementPolicy
                .dueOnResumption(calc, local(d.dueAt), local(paused), local(at), sessions)
                .toInstant();
        steps.resume(d, calc, local(paused), local(at));
        // Recorded at the commit: a resumption that is rolled back ended no pause.
        var timer = registry.timer("tracking_pause_duration", "agency", d.holdingAgency, "procedure", d.procedureCode);
        counters.afterCommit(() -> timer.record(Duration.between(paused, at)));
        d.pausedAt = null;
    }

    private void end(TrackedDossier d, Instant at, Count count) {
        d.endedAt = at;
        if (at.isAfter(d.dueAt)) {
            d.overdue = true;
        }
        steps.closeOpen(d, calendar.calculator(), at);
        statistics.add(local(at).toLocalDate(), d.agencyCode, d.procedureCode, count, 1);
        if (d.outcome != null) {
            counters.increment(
                    "tracking_outcomes_total",
                    "agency",
                    d.agencyCode,
                    "procedure",
                    d.procedureCode,
                    "outcome",
                    d.outcome.name());
        }
    }

    private static void requireInputs(Command c, TrackedDossier d) {
        boolean reasonNeeded = switch (c.action()) {
            case REQUEST_SUPPLEMENT, SUSPEND, APOLOGIZE -> true;
            default -> false;
        };
        if (reasonNeeded && c.reason().filter(r -> !r.isBlank()).isEmpty()) {
            throw DomainException.invalid(
                    List.of(new FieldError("reason", "cần nêu lý do / nội dung cho \"" + c.action().label + "\"")));
        }
        if (c.action() == Action.HAND_OVER) {
            StepLog.requireHandOver(c);
        }
        if (c.action() == Action.APOLOGIZE) {
            Instant newDate = c.newAppointmentAt()
                    .orElseThrow(() -> DomainException.invalid(
                            List.of(new FieldError("newAppointmentAt", "cần ngày hẹn trả mới"))));
            if (!newDate.isAfter(d.dueAt)) {
                throw DomainException.invalid(
                        List.of(new FieldError("newAppointmentAt", "ngày hẹn mới phải sau hạn giải quyết")));
            }
        }
    }

    private ZonedDateTime local(Instant t) {
        return t.atZone(calendar.settings().zone());
    }
}
