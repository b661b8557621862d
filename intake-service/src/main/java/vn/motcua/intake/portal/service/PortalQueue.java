package vn.motcua.intake.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.motcua.intake.portal.config.PortalSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Queues what must reach the portal, inside the transaction of the change itself: intake's own changes (with
 * the dossier) and tracking's status events (with the consumer's poll). Nothing is queued while the sync is off.
 */
@ApplicationScoped
public class PortalQueue {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A status event to queue: its id, type, status, time and the event itself (no citizen's personal data). */
    public record StatusChange(String dossierCode, String eventId, String type, int nationalStatus, Instant occurredAt,
                               String payload) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final boolean enabled;

    public PortalQueue(EntityManager em, PortalSettings settings, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.enabled = settings.enabled();
    }

    /**
     * intake's change of a dossier (submitted, received, not accepted) that happened {@code at}: its first change
     * opens its sync state, pending from now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void intakeChange(String code, String agencyCode, Instant submittedAt, String type, int nationalStatus,
                             Instant at) {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("INSERT INTO portal_item (dossier_code, event_id, event_type, national_status, occurred_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, code).setParameter(2, UUID.randomUUID().toString()).setParameter(3, type)
                .setParameter(4, nationalStatus).setParameter(5, at).executeUpdate();
        open(code, agencyCode, submittedAt.atZone(VIETNAM).toLocalDate(), clock.instant());
    }

    /** Opens (or reopens) a dossier's sync state; a REJECTED one stays rejected until an administrator resends it. */
    private void open(String code, String agencyCode, LocalDate receivedOn, Instant now) {
        em.createNativeQuery("INSERT INTO portal_dossier (dossier_code, agency_code, received_on, state, changes,"
                        + " next_attempt_at, pending_since) VALUES (?1, ?2, ?3, 'PENDING', 1, ?4, ?4)"
                        + " ON DUPLICATE KEY UPDATE " + REOPEN)
                .setParameter(1, code).setParameter(2, agencyCode).setParameter(3, receivedOn).setParameter(4, now)
                .executeUpdate();
    }

    // MariaDB assigns left to right, each seeing the values set before it: state last.
    private static final String REOPEN = "changes = changes + 1,"
            + " pending_since = IF(state = 'SYNCED' OR pending_since IS NULL, ?4, pending_since),"
            + " next_attempt_at = IF(state = 'SYNCED', ?4, next_attempt_at),"
            + " state = IF(state = 'REJECTED', state, 'PENDING')";

    /**
     * A poll's status events of dossiers the sync knows (others were received before it was switched on: a
     * backfill brings them), in two statements; a redelivered event is ignored by its id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int statusChanges(List<StatusChange> changes, Instant now) {
        if (!enabled || changes.isEmpty()) {
            return 0;
        }
        Set<String> codes = changes.stream().map(StatusChange::dossierCode).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        Set<String> known = Set.copyOf(em.createNativeQuery(
                "SELECT dossier_code FROM portal_dossier WHERE dossier_code IN (:codes)")
                .setParameter("codes", codes).getResultList());
        List<StatusChange> queued = changes.stream().filter(c -> known.contains(c.dossierCode())).toList();
        if (queued.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO portal_item (dossier_code, event_id, event_type,"
                + " national_status, occurred_at, payload) VALUES ");
        for (int i = 0; i < queued.size(); i++) {
            int p = 6 * i;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(", ?").append(p + 4).append(", ?").append(p + 5).append(", ?").append(p + 6).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < queued.size(); i++) {
            StatusChange c = queued.get(i);
            int p = 6 * i;
            insert.setParameter(p + 1, c.dossierCode()).setParameter(p + 2, c.eventId()).setParameter(p + 3, c.type())
                    .setParameter(p + 4, c.nationalStatus()).setParameter(p + 5, c.occurredAt())
                    .setParameter(p + 6, c.payload());
        }
        int inserted = insert.executeUpdate();
        if (inserted > 0) {
            em.createNativeQuery("UPDATE portal_dossier SET " + REOPEN.replace("?4", ":now")
                            + " WHERE dossier_code IN (:codes)")
                    .setParameter("now", now)
                    .setParameter("codes", queued.stream().map(StatusChange::dossierCode).distinct().toList())
                    .executeUpdate();
        }
        return inserted;
    }
}
