package vn.motcua.tracking.lifecycle.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.tracking.calendar.domain.ProcessingTime;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;
import vn.motcua.tracking.lifecycle.messaging.IntakeEvent;
import vn.motcua.tracking.lifecycle.messaging.StatusEvent;
import vn.motcua.tracking.outbox.service.Outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;

/** Starts the legal clock of a received dossier and tells everyone its due date, in one transaction. */
@ApplicationScoped
public class DossierTracking {
    private final CalendarService calendar;
    private final Outbox outbox;
    private final MeterRegistry registry;

    public DossierTracking(CalendarService calendar, Outbox outbox, MeterRegistry registry) {
        this.calendar = calendar;
        this.outbox = outbox;
        this.registry = registry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void start(IntakeEvent e) {
        if (TrackedDossier.findByIdOptional(e.dossierCode()).isPresent()) {
            Log.warnf("dossier %s is tracked already; event %s ignored", e.dossierCode(), e.eventId());
            return;
        }
        ProcessingTime time = ProcessingTime.parse(e.workingDays() == null ? "" : e.workingDays())
                .orElseThrow(() -> new IllegalArgumentException("received event without a valid workingDays"));
        ZonedDateTime received = e.receivedAt().atZone(calendar.settings().zone());
        Instant due = calendar.calculator().dueAt(received, time).toInstant();
        TrackedDossier d = new TrackedDossier();
        d.code = e.dossierCode();
        d.agencyCode = e.agencyCode();
        d.procedureCode = e.procedureCode();
        d.channel = e.channel();
        d.workingDays = new BigDecimal(e.workingDays());
        d.receivedAt = e.receivedAt();
        d.dueAt = due;
        d.status = TrackedStatus.RECEIVED;
        d.applicantIdHash = e.applicant().idHash();
        d.persist();
        HistoryEntry h = new HistoryEntry();
        h.dossierCode = d.code;
        h.type = StatusEvent.DEADLINE_SET;
        h.status = d.status;
        h.at = d.receivedAt;
        h.dueAt = due;
        h.actorRole = "system";
        h.actorAgency = d.agencyCode;
        h.persist();
        outbox.append(new StatusEvent(StatusEvent.newId(), StatusEvent.DEADLINE_SET, d.code, Instant.now(),
                d.status.nationalCode, d.status.name(), d.agencyCode, d.procedureCode, due, null, "system", d.agencyCode));
        registry.counter("tracking_dossiers_started_total", "agency", d.agencyCode, "procedure", d.procedureCode,
                "channel", d.channel).increment();
    }
}
