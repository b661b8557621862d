package vn.motcua.tracking.lifecycle.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.motcua.tracking.calendar.domain.CalendarChange;
import vn.motcua.tracking.calendar.domain.ProcessingTime;
import vn.motcua.tracking.calendar.domain.SupplementPolicy;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.persistence.CommittedCounters;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;
import vn.motcua.tracking.lifecycle.messaging.IntakeEvent;
import vn.motcua.tracking.security.ApplicantIdHash;
import vn.motcua.tracking.statistics.service.DailyStatistics;
import vn.motcua.tracking.statistics.service.DailyStatistics.Count;

/** Starts the legal clock of a received dossier and tells everyone its due date, in one transaction. */
@ApplicationScoped
public class DossierTracking {
    private final CalendarService calendar;
    private final Journal journal;
    private final DailyStatistics statistics;
    private final CommittedCounters counters;
    private final ApplicantIdHash idHash;
    private final Clock clock;

    public DossierTracking(
            CalendarService calendar,
            Journal journal,
            DailyStatistics statistics,
            CommittedCounters counters,
            ApplicantIdHash idHash,
            Clock clock) {
        this.idHash = idHash;
        this.clock = clock;
        this.calendar = calendar;
        this.journal = journal;
        this.statistics = statistics;
        this.counters = counters;
    }

    /** Intake refused an online dossier (form 03): it never enters the clock, but the reports count it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notAccepted(IntakeEvent e) {
        statistics.add(
                e.occurredAt().atZone(calendar.settings().zone()).toLocalDate(),
                e.agencyCode(),
                e.procedureCode(),
                Count.NOT_ACCEPTED,
                1);
    }

    /**
     * What starts a clock: intake's DOSSIER_RECEIVED event, or a legacy dossier being imported. {@code
     * appointmentGiven}: the receipt already carried the appointment (published with DOSSIER_DEADLINE_SET).
     */
    public record Start(
            String code,
            String agencyCode,
            String procedureCode,
            String channel,
            Instant receivedAt,
            ProcessingTime time,
            SupplementPolicy policy,
            String applicantIdHash,
            Names names,
            boolean appointmentGiven) {}

    /** What forms print; any of them may be null for imported dossiers. */
    public record Names(String agency, String procedure, String applicant, String applicantType) {
        public static final Names NONE = new Names(null, null, null, null);
    }

    /** Which of these dossiers have a clock already: one query for a whole batch of received events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> alreadyTracked(Collection<String> codes) {
        return codes.isEmpty()
                ? List.of()
                : TrackedDossier.getEntityManager()
                        .createQuery("select d.code from TrackedDossier d where d.code in :codes", String.class)
                        .setParameter("codes", codes)
                        .getResultList();
    }

    /**
     * The applicant sent asked-for papers online: the holding agency's queue shows it until an officer records the
     * supplement. One statement; a later time only (a redelivered older event changes nothing), and a dossier
     * tracking does not know is left alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void papersSupplied(IntakeEvent e) {
        int changed = TrackedDossier.update(
                "suppliedAt = ?1 where code = ?2 and (suppliedAt is null or suppliedAt < ?1)",
                e.occurredAt(),
                e.dossierCode());
        if (changed == 0) {
            Log.infof(
                    "papers sent for dossier %s at %s: not tracked, or a later time known",
                    e.dossierCode(), e.occurredAt());
        }
    }

    /** Starts the clock of a dossier not tracked yet (a tracked one fails at its key, see {@link #alreadyTracked}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(IntakeEvent e) {
        ProcessingTime time = ProcessingTime.parse(e.workingDays() == null ? "" : e.workingDays())
                .orElseThrow(() -> new IllegalArgumentException("received event without a valid workingDays"));
        TrackedDossier d = start(
                new Start(
                        e.dossierCode(),
                        e.agencyCode(),
                        e.procedureCode(),
                        e.channel(),
                        e.receivedAt(),
                        time,
                        SupplementPolicy.orDefault(e.supplementPolicy()),
                        e.applicant().idHash(),
                        new Names(
                                e.agencyName(),
                                e.procedureName(),
                                e.applicant().fullName(),
                                e.applicant().type()),
                        e.appointmentAt() != null),
                Actor.system(e.agencyCode()));
        Optional.ofNullable(e.appointmentAt())
                .filter(onReceipt -> !onReceipt.equals(d.dueAt))
                .ifPresent(onReceipt -> correctAppointment(d, onReceipt));
        if (e.components() != null) {
            LocalDate day = d.receivedAt.atZone(calendar.settings().zone()).toLocalDate();
            statistics.add(
                    day,
                    d.agencyCode,
                    d.procedureCode,
                    Count.COMPONENTS_RECEIVED,
                    e.components().received());
            statistics.add(
                    day,
                    d.agencyCode,
                    d.procedureCode,
                    Count.COMPONENTS_DIGITISED,
                    e.components().digitised());
        }
    }

    /**
     * The receipt gave an appointment computed under a calendar that has changed since (a change can land between
     * intake's due-date call, or the answer it reuses for a session, and this event). The legal due time is the one
     * computed here, so it moves as after any calendar change: the history keeps the receipt's date, intake moves the
     * appointment and the notifier tells the citizen (DOSSIER_DEADLINE_CHANGED).
     */
    private void correctAppointment(TrackedDossier d, Instant onReceipt) {
        ZoneId zone = calendar.settings().zone();
        List<Integer> years = List.of(
                d.receivedAt.atZone(zone).getYear(),
                d.dueAt.atZone(zone).getYear(),
                onReceipt.atZone(zone).getYear());
        Optional<Long> cause = CalendarChange.<CalendarChange>find("year in ?1 order by id desc", years)
                .firstResultOptional()
                .map(c -> c.id);
        journal.recordDeadlineChange(
                d,
                clock.instant(),
                onReceipt,
                cause,
                "Hạn giải quyết chuyển từ " + DeadlineRecompute.SHOWN.format(onReceipt.atZone(zone))
                        + " (ngày hẹn trên giấy tiếp nhận) sang " + DeadlineRecompute.SHOWN.format(d.dueAt.atZone(zone))
                        + " do lịch làm việc được điều chỉnh");
        counters.increment("tracking_appointments_corrected_total", "agency", d.agencyCode);
        Log.infof(
                "dossier %s: the receipt's appointment %s is not its legal due time %s; corrected",
                d.code, onReceipt, d.dueAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TrackedDossier start(Start s, Actor actor) {
        ZonedDateTime received = s.receivedAt().atZone(calendar.settings().zone());
        TrackedDossier d = new TrackedDossier();
        d.code = s.code();
        d.agencyCode = s.agencyCode();
        d.procedureCode = s.procedureCode();
        d.channel = s.channel();
        d.workingDays = s.time().workingDays();
        d.supplementPolicy = s.policy();
        d.receivedAt = s.receivedAt();
        d.dueAt = calendar.calculator().dueAt(received, s.time()).toInstant();
        d.status = TrackedStatus.RECEIVED;
        // An event written before the keyed hash (still in the topic at upgrade) is re-keyed like stored values.
        d.applicantIdHash = idHash.rekeyLegacy(s.applicantIdHash()).orElse(s.applicantIdHash());
        d.holdingAgency = s.agencyCode();
        d.agencyName = s.names().agency();
        d.procedureName = s.names().procedure();
        d.applicantName = s.names().applicant();
        d.applicantType = s.names().applicantType();
        d.imported = actor.role().equals(Actor.IMPORT);
        d.persist();
        journal.recordDeadlineSet(d, actor, s.appointmentGiven());
        statistics.add(
                received.toLocalDate(),
                d.agencyCode,
                d.procedureCode,
                "ONLINE".equals(d.channel) ? Count.RECEIVED_ONLINE : Count.RECEIVED_COUNTER,
                1);
        counters.increment(
                "tracking_dossiers_started_total",
                "agency",
                d.agencyCode,
                "procedure",
                d.procedureCode,
                "channel",
                d.channel);
        return d;
    }
}
