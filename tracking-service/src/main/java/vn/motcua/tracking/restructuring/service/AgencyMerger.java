package vn.motcua.tracking.restructuring.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;
import vn.motcua.tracking.lifecycle.messaging.StatusEvent;
import vn.motcua.tracking.lifecycle.service.Journal;
import vn.motcua.tracking.statistics.service.DailyStatistics;
import vn.motcua.tracking.statistics.service.DailyStatistics.Count;

/**
 * An agency dissolved into a successor: in one transaction, every dossier it still has to act on moves to
 * the successor with its clock untouched, and each move is journalled. Dossiers still in progress also
 * move in the statistics (the successor reports them from now on); finished ones stay where they were counted.
 */
@ApplicationScoped
public class AgencyMerger {
    private final Journal journal;
    private final DailyStatistics statistics;
    private final CalendarService calendar;

    public AgencyMerger(Journal journal, DailyStatistics statistics, CalendarService calendar) {
        this.journal = journal;
        this.statistics = statistics;
        this.calendar = calendar;
    }

    public record Result(String agency, String successor, int moved) {}

    @Transactional
    public Result merge(String agency, String successor, Actor actor, Instant at) {
        List<TrackedDossier> affected = TrackedDossier.<TrackedDossier>find(
                        "(holdingAgency = ?1 or (agencyCode = ?1 and endedAt is null)) and status not in ?2 order by "
                                + "code",
                        agency,
                        List.of(TrackedStatus.WITHDRAWN, TrackedStatus.SUSPENDED, TrackedStatus.RETURNED))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        String note = "Chuyển từ " + agency + " sang " + successor + " do sắp xếp đơn vị hành chính";
        for (TrackedDossier d : affected) {
            if (d.endedAt == null && d.agencyCode.equals(agency)) {
                var day = d.receivedAt.atZone(calendar.settings().zone()).toLocalDate();
                Count received = "ONLINE".equals(d.channel) ? Count.RECEIVED_ONLINE : Count.RECEIVED_COUNTER;
                statistics.add(day, agency, d.procedureCode, received, -1);
                statistics.add(day, successor, d.procedureCode, received, 1);
                d.agencyCode = successor;
            }
            if (d.holdingAgency.equals(agency)) {
                d.holdingAgency = successor;
            }
            journal.record(d, StatusEvent.MOVED, at, actor, note, null);
        }
        Log.infof(
                "agency %s merged into %s by %s: %d dossiers moved", agency, successor, actor.name(), affected.size());
        return new Result(agency, successor, affected.size());
    }
}
