package vn.motcua.intake.dossier.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.Person;
import vn.motcua.intake.dossier.domain.StatusEntry;
import vn.motcua.intake.dossier.messaging.DossierEvent;
import vn.motcua.intake.outbox.service.Outbox;
import vn.motcua.intake.portal.service.PortalQueue;

/** A one-stop officer accepts an online dossier (RECEIVED, appointment computed now) or refuses it (form 03). */
@ApplicationScoped
public class DossierDecisions {
    private final DossierEvents events;
    private final AppointmentService appointments;
    private final Outbox outbox;
    private final PortalQueue portal;
    private final MeterRegistry registry;
    private final Clock clock;

    public DossierDecisions(
            DossierEvents events,
            AppointmentService appointments,
            Outbox outbox,
            PortalQueue portal,
            MeterRegistry registry,
            Clock clock) {
        this.events = events;
        this.appointments = appointments;
        this.outbox = outbox;
        this.portal = portal;
        this.registry = registry;
        this.clock = clock;
    }

    public Dossier accept(String code, String agency, Person officer) {
        Dossier current = QuarkusTransaction.requiringNew().call(() -> pending(code, agency, false));
        ProcedureVersion p =
                QuarkusTransaction.requiringNew().call(() -> ProcedureVersion.findById(current.procedureVersionId));
        Instant now = clock.instant();
        Optional<Instant> appointment = appointments.appointment(now, p.processingDays(true));
        Dossier d = QuarkusTransaction.requiringNew().call(() -> {
            Dossier locked = pending(code, agency, true);
            locked.status = Dossier.Status.RECEIVED;
            locked.receivedAt = now;
            locked.appointmentAt = appointment.orElse(null);
            StatusEntry.append(code, locked.status, now, officer, null);
            outbox.append(events.event(
                    locked, p, DossierEvents.agencyName(locked.agencyCode), DossierEvent.RECEIVED, now, List.of()));
            portal.intakeChange(
                    code,
                    locked.agencyCode,
                    locked.submittedAt,
                    DossierEvent.RECEIVED,
                    locked.status.nationalCode,
                    now);
            return locked;
        });
        registry.counter(
                        "intake_dossiers_received_total",
                        "channel",
                        d.channel.name(),
                        "agency",
                        d.agencyCode,
                        "procedure",
                        d.procedureCode)
                .increment();
        return d;
    }

    public Dossier refuse(String code, String agency, Person officer, List<String> reasons) {
        Instant now = clock.instant();
        Dossier d = QuarkusTransaction.requiringNew().call(() -> {
            Dossier locked = pending(code, agency, true);
            ProcedureVersion p = ProcedureVersion.findById(locked.procedureVersionId);
            locked.status = Dossier.Status.NOT_ACCEPTED;
            locked.refusalReasons = String.join("\n", reasons);
            StatusEntry.append(code, locked.status, now, officer, locked.refusalReasons);
            outbox.append(events.event(
                    locked, p, DossierEvents.agencyName(locked.agencyCode), DossierEvent.NOT_ACCEPTED, now, reasons));
            portal.intakeChange(
                    code,
                    locked.agencyCode,
                    locked.submittedAt,
                    DossierEvent.NOT_ACCEPTED,
                    locked.status.nationalCode,
                    now);
            return locked;
        });
        registry.counter(
                        "intake_dossiers_refused_total",
                        "channel",
                        d.channel.name(),
                        "agency",
                        d.agencyCode,
                        "procedure",
                        d.procedureCode)
                .increment();
        return d;
    }

    /** The dossier, if this agency holds it and it still waits for a decision; locked when asked to. */
    private static Dossier pending(String code, String agency, boolean lock) {
        Optional<Dossier> found =
                lock ? Dossier.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE) : Dossier.byCode(code);
        Dossier d = found.filter(x -> x.agencyCode.equals(agency))
                .orElseThrow(() -> DomainException.notFound("Không có hồ sơ " + code + " tại cơ quan của bạn."));
        if (d.status != Dossier.Status.NEW) {
            throw DomainException.conflict("Hồ sơ đang ở trạng thái " + d.status
                    + "; chỉ hồ sơ NEW (mới đăng ký trực tuyến) mới được tiếp nhận hoặc từ chối.");
        }
        return d;
    }
}
