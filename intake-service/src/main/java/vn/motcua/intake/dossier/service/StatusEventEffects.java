package vn.motcua.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.motcua.intake.portal.service.PortalQueue;

/** What a poll of tracking's status events does to intake, in one transaction (committed before its offsets). */
@ApplicationScoped
public class StatusEventEffects {
    private final PendingAppointments appointments;
    private final AppointmentService dueTimes;
    private final PortalQueue portal;
    private final Clock clock;

    public StatusEventEffects(
            PendingAppointments appointments, AppointmentService dueTimes, PortalQueue portal, Clock clock) {
        this.appointments = appointments;
        this.dueTimes = dueTimes;
        this.portal = portal;
        this.clock = clock;
    }

    @Transactional
    public void apply(
            Map<String, Instant> dueByCode, Map<String, Instant> movedByCode, List<PortalQueue.StatusChange> changes) {
        appointments.fillInPending(dueByCode);
        appointments.move(movedByCode); // after: a dossier set and moved in one poll ends on the moved date
        if (!movedByCode.isEmpty()) {
            dueTimes.forgetKnownDueTimes(); // the calendar changed
        }
        portal.statusChanges(changes, clock.instant());
    }
}
