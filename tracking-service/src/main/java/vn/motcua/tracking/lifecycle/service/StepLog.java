package vn.motcua.tracking.lifecycle.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.tracking.calendar.domain.DeadlineCalculator;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.domain.FieldError;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;

/** Form 06 bookkeeping: each hand-over closes the open step (with its outcome) and opens the next. */
@ApplicationScoped
public class StepLog {
    private final CalendarService calendar;

    public StepLog(CalendarService calendar) {
        this.calendar = calendar;
    }

    static void requireHandOver(DossierActions.Command c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.toAgency().isEmpty() && c.toPerson().isEmpty()) {
            errors.add(new FieldError("toAgency", "cần cơ quan hoặc người nhận"));
        }
        if (c.stepWorkingDays().isEmpty()) {
            errors.add(new FieldError("stepWorkingDays", "cần thời hạn của bước (ngày làm việc)"));
        } else if (sessions(c.stepWorkingDays().get()) < 0) {
            errors.add(new FieldError("stepWorkingDays", "thời hạn là bội số của 0,5 ngày làm việc, không âm"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    /** A step budget in sessions (2 a working day); -1 when it is negative, not a half-day multiple, or > 365 days. */
    static int sessions(BigDecimal days) {
        BigDecimal sessions = days.multiply(BigDecimal.valueOf(2));
        if (sessions.signum() < 0
                || sessions.stripTrailingZeros().scale() > 0
                || sessions.compareTo(BigDecimal.valueOf(730)) > 0) {
            return -1;
        }
        return sessions.intValueExact();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DossierStep handOver(TrackedDossier d, DossierActions.Command c, Actor actor, Instant at) {
        DeadlineCalculator calc = calendar.calculator();
        closeOpen(d, calc, at);
        int sessions = sessions(c.stepWorkingDays().orElseThrow());
        DossierStep step = new DossierStep();
        step.dossierCode = d.code;
        step.stepNo = ++d.steps;
        step.name = c.reason().filter(r -> !r.isBlank()).orElse("Chuyển xử lý");
        step.fromActor = actor.name();
        step.fromActorName = actor.displayName().orElse(null);
        step.fromAgency = actor.agency().orElse(d.holdingAgency);
        step.toActor = c.toPerson().orElse(null);
        step.toAgency = c.toAgency().orElse(d.holdingAgency);
        step.startedAt = at;
        step.workingDays = c.stepWorkingDays().get();
        step.dueAt = calc.dueAfterSessions(local(at), sessions).toInstant();
        step.persist();
        d.holdingAgency = step.toAgency;
        return step;
    }

    /** A supplement pause moves the open step's due time exactly as it moves the dossier's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(TrackedDossier d, DeadlineCalculator calc, ZonedDateTime pausedAt, ZonedDateTime resumedAt) {
        if (d.steps == 0) {
            return;
        }
        DossierStep.open(d.code)
                .ifPresent(s -> s.dueAt =
                        calc.resume(local(s.dueAt), pausedAt, resumedAt).toInstant());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closeOpen(TrackedDossier d, DeadlineCalculator calc, Instant at) {
        if (d.steps == 0) {
            return;
        }
        DossierStep.open(d.code).ifPresent(s -> {
            s.endedAt = at;
            s.outcome = calc.outcome(local(at), local(s.dueAt));
        });
    }

    private ZonedDateTime local(Instant t) {
        return t.atZone(calendar.settings().zone());
    }
}
