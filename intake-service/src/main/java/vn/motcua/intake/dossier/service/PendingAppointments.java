package vn.motcua.intake.dossier.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Fills in the appointments that tracking computed for dossiers received without one; moves one only after a calendar
 * change.
 */
@ApplicationScoped
public class PendingAppointments {
    private final EntityManager em;

    public PendingAppointments(EntityManager em) {
        this.em = em;
    }

    /** One read for the whole poll; an update only where a dossier of it is still waiting (rare). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fillInPending(Map<String, Instant> dueByCode) {
        if (dueByCode.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> waiting = em.createNativeQuery(
                        "SELECT code FROM dossier WHERE appointment_at IS NULL AND code IN (:codes)")
                .setParameter("codes", dueByCode.keySet())
                .getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        set(waiting, dueByCode, " AND appointment_at IS NULL");
        waiting.forEach(code ->
                Log.infof("appointment of %s filled in from tracking's deadline: %s", code, dueByCode.get(code)));
    }

    /**
     * The one case where a given appointment moves: the legal due date was recomputed after the year's calendar
     * changed (DOSSIER_DEADLINE_CHANGED). Setting the event's date is idempotent, and per-dossier order is the
     * partition's, so a redelivery or an older event cannot win over a newer one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Map<String, Instant> dueByCode) {
        if (dueByCode.isEmpty()) {
            return;
        }
        int updated = set(List.copyOf(dueByCode.keySet()), dueByCode, "");
        Log.infof("%d appointment(s) moved after a calendar change", updated);
    }

    /** One UPDATE … CASE for the poll's dossiers. */
    private int set(List<String> codes, Map<String, Instant> dueByCode, String condition) {
        StringBuilder sql = new StringBuilder("UPDATE dossier SET appointment_at = CASE code");
        for (int i = 0; i < codes.size(); i++) {
            sql.append(" WHEN ?").append(2 * i + 1).append(" THEN ?").append(2 * i + 2);
        }
        sql.append(" END WHERE code IN (");
        int n = codes.size();
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "?" : ", ?").append(2 * n + i + 1);
        }
        Query update = em.createNativeQuery(sql.append(')').append(condition).toString());
        for (int i = 0; i < n; i++) {
            update.setParameter(2 * i + 1, codes.get(i))
                    .setParameter(2 * i + 2, dueByCode.get(codes.get(i)))
                    .setParameter(2 * n + i + 1, codes.get(i));
        }
        return update.executeUpdate();
    }
}
