package vn.motcua.intake.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.intake.common.domain.EventIds;
import vn.motcua.intake.common.persistence.JdbcRows;
import vn.motcua.intake.portal.config.PortalSettings;

/**
 * Queues what must reach the portal, inside the transaction of the change itself: intake's own changes (with
 * the dossier) and tracking's status events (with the consumer's poll). Nothing is queued while the sync is off.
 */
@ApplicationScoped
public class PortalQueue {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A status event to queue: its id, type, status, time and the event itself (no citizen's personal data). */
    public record StatusChange(
            String dossierCode, String eventId, String type, int nationalStatus, Instant occurredAt, String payload) {}

    private final EntityManager em;
    private final Clock clock;
    private final boolean enabled;

    public PortalQueue(EntityManager em, PortalSettings settings, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.enabled = settings.enabled();
    }

    /** intake's change of a dossier (submitted, received, not accepted) that happened {@code at}. */
    public record IntakeChange(
            String code, String agencyCode, Instant submittedAt, String type, int nationalStatus, Instant at) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void intakeChange(
            String code, String agencyCode, Instant submittedAt, String type, int nationalStatus, Instant at) {
        intakeChanges(List.of(new IntakeChange(code, agencyCode, submittedAt, type, nationalStatus, at)));
    }

    /**
     * intake's changes, two statements for any number (a group commit's batch), sent through JDBC: they run with
     * every submission. A dossier's first change opens its sync state, pending from now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void intakeChanges(List<IntakeChange> changes) {
        if (!enabled || changes.isEmpty()) {
            return;
        }
        List<Object> items = new ArrayList<>(5 * changes.size());
        List<Object> states = new ArrayList<>(7 * changes.size() + 2);
        Instant now = clock.instant();
        for (IntakeChange c : changes) {
            items.addAll(List.of(c.code(), EventIds.next(), c.type(), c.nationalStatus(), c.at()));
            states.addAll(List.of(
                    c.code(), c.agencyCode(), c.submittedAt().atZone(VIETNAM).toLocalDate(), "PENDING", 1, now, now));
        }
        JdbcRows.update(
                em,
                "INSERT INTO portal_item (dossier_code, event_id, event_type, national_status, occurred_at) VALUES "
                        + JdbcRows.values(changes.size(), 5),
                items);
        // Opens (or reopens) the dossiers' sync state; a REJECTED one stays rejected until an administrator resends.
        states.add(now); // REOPEN's two
        states.add(now);
        JdbcRows.update(
                em,
                "INSERT INTO portal_dossier (dossier_code, agency_code, received_on, state, changes, next_attempt_at,"
                        + " pending_since) VALUES " + JdbcRows.values(changes.size(), 7)
                        + " ON DUPLICATE KEY UPDATE " + REOPEN.replace(":now", "?"),
                states);
    }

    private static final String ROW_NAMED = "?%d c, ?%d e, ?%d t, ?%d s, ?%d o, ?%d p, %d n";
    private static final String ROW = "?%d, ?%d, ?%d, ?%d, ?%d, ?%d, %d";

    // MariaDB assigns left to right, each seeing the values set before it: state last.
    private static final String REOPEN = "changes = changes + 1,"
            + " pending_since = IF(state = 'SYNCED' OR pending_since IS NULL, :now, pending_since),"
            + " next_attempt_at = IF(state = 'SYNCED', :now, next_attempt_at),"
            + " state = IF(state = 'REJECTED', state, 'PENDING')";

    /**
     * A poll's status events of dossiers the sync knows (others were received before it was switched on: a
     * backfill brings them), in two statements: the insert joins the poll's rows to the known dossiers, and a
     * redelivered event is ignored by its id; then the dossiers are reopened.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int statusChanges(List<StatusChange> changes, Instant now) {
        if (!enabled || changes.isEmpty()) {
            return 0;
        }
        // One derived row per event, numbered so that a dossier's items get ids in the order they happened.
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            int p = 6 * i;
            rows.append(i == 0 ? "SELECT " : " UNION ALL SELECT ")
                    .append(String.format(i == 0 ? ROW_NAMED : ROW, p + 1, p + 2, p + 3, p + 4, p + 5, p + 6, i));
        }
        String sql = "INSERT IGNORE INTO portal_item (dossier_code, event_id, event_type, national_status, occurred_at,"
                + " payload) SELECT v.c, v.e, v.t, v.s, v.o, v.p FROM (" + rows
                + ") v JOIN portal_dossier d ON d.dossier_code = v.c ORDER BY v.n";
        Query insert = em.createNativeQuery(sql);
        for (int i = 0; i < changes.size(); i++) {
            StatusChange c = changes.get(i);
            int p = 6 * i;
            insert.setParameter(p + 1, c.dossierCode())
                    .setParameter(p + 2, c.eventId())
                    .setParameter(p + 3, c.type())
                    .setParameter(p + 4, c.nationalStatus())
                    .setParameter(p + 5, c.occurredAt())
                    .setParameter(p + 6, c.payload());
        }
        int inserted = insert.executeUpdate();
        if (inserted > 0) {
            em.createNativeQuery("UPDATE portal_dossier SET " + REOPEN + " WHERE dossier_code IN (:codes)")
                    .setParameter("now", now)
                    .setParameter(
                            "codes",
                            changes.stream()
                                    .map(StatusChange::dossierCode)
                                    .distinct()
                                    .toList())
                    .executeUpdate();
        }
        return inserted;
    }
}
