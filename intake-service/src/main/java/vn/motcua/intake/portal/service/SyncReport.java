package vn.motcua.intake.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.portal.domain.PortalDossier;

/**
 * Reconciliation: for a day (of receipt, Vietnam time) and an agency (or all), what was received here and where
 * each dossier stands with the portal; and an administrator's resend of one dossier.
 */
@ApplicationScoped
public class SyncReport {
    /** A dossier not (yet) on the portal as it should be, with the reason the portal or the network gave. */
    public record Open(
            String code,
            String agency,
            String state,
            int attempts,
            Optional<String> reason,
            Optional<Instant> nextAttemptAt) {}

    /**
     * {@code syncedShare}: dossiers received that day that the portal holds up to date, over all received
     * (the share Decision 766's index scores), to four decimals; empty when none was received.
     */
    public record Report(
            LocalDate date,
            Optional<String> agency,
            long receivedLocally,
            long notQueued,
            long createdOnPortal,
            long upToDate,
            Optional<Double> syncedShare,
            long pending,
            long rejected,
            List<Open> rejectedDossiers,
            List<Open> pendingDossiers) {}

    private final EntityManager em;
    private final Clock clock;

    public SyncReport(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Report report(LocalDate date, Optional<String> agency) {
        Instant from = date.atStartOfDay(PortalQueue.VIETNAM).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(PortalQueue.VIETNAM).toInstant();
        String byAgency = agency.isPresent() ? " AND d.agency_code = :agency" : "";
        var local = em.createNativeQuery("SELECT COUNT(*), SUM(p.dossier_code IS NULL) FROM dossier d"
                        + " LEFT JOIN portal_dossier p ON p.dossier_code = d.code"
                        + " WHERE d.submitted_at >= :from AND d.submitted_at < :to" + byAgency)
                .setParameter("from", from)
                .setParameter("to", to);
        agency.ifPresent(a -> local.setParameter("agency", a));
        Object[] counts = (Object[]) local.getSingleResult();
        String pAgency = agency.isPresent() ? " AND agencyCode = :agency" : "";
        List<PortalDossier> states = PortalDossier.find(
                        "receivedOn = :date" + pAgency,
                        agency.map(a -> io.quarkus.panache.common.Parameters.with("date", date)
                                        .and("agency", a))
                                .orElse(io.quarkus.panache.common.Parameters.with("date", date)))
                .list();
        long created = states.stream().filter(s -> s.created).count();
        long synced = states.stream()
                .filter(s -> s.state.equals(PortalDossier.SYNCED))
                .count();
        List<Open> rejected = open(states, PortalDossier.REJECTED);
        List<Open> pending = open(states, PortalDossier.PENDING);
        long received = number(counts[0]);
        Optional<Double> share = received == 0
                ? Optional.empty()
                : Optional.of(Math.round(10_000.0 * Math.min(synced, received) / received) / 10_000.0);
        return new Report(
                date,
                agency,
                received,
                number(counts[1]),
                created,
                synced,
                share,
                pending.size(),
                rejected.size(),
                rejected,
                pending.stream().limit(200).toList());
    }

    private static List<Open> open(List<PortalDossier> states, String state) {
        return states.stream()
                .filter(s -> s.state.equals(state))
                .map(s -> new Open(
                        s.dossierCode,
                        s.agencyCode,
                        s.state,
                        s.attempts,
                        Optional.ofNullable(state.equals(PortalDossier.REJECTED) ? s.rejectedReason : s.lastError),
                        state.equals(PortalDossier.PENDING) ? Optional.of(s.nextAttemptAt) : Optional.empty()))
                .toList();
    }

    /** Sends a waiting or refused dossier again now, from its first unsent change. */
    @Transactional
    public Optional<PortalDossier> resend(String code) {
        Optional<PortalDossier> found = PortalDossier.byCode(code);
        found.filter(s -> !s.state.equals(PortalDossier.SYNCED)).ifPresent(s -> {
            s.state = PortalDossier.PENDING;
            s.attempts = 0;
            s.nextAttemptAt = clock.instant();
            s.pendingSince = s.pendingSince == null ? clock.instant() : s.pendingSince;
            s.rejectedReason = null;
            s.changes++;
        });
        return found;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
