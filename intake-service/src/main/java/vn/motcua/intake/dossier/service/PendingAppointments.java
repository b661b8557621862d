package vn.motcua.intake.dossier.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Fills in the appointments that tracking computed for dossiers received without one; never moves one given. */
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
                .setParameter("codes", dueByCode.keySet()).getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE dossier SET appointment_at = CASE code");
        for (int i = 0; i < waiting.size(); i++) {
            sql.append(" WHEN ?").append(2 * i + 1).append(" THEN ?").append(2 * i + 2);
        }
        sql.append(" END WHERE appointment_at IS NULL AND code IN (");
        int n = waiting.size();
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "?" : ", ?").append(2 * n + i + 1);
        }
        Query update = em.createNativeQuery(sql.append(')').toString());
        for (int i = 0; i < n; i++) {
            update.setParameter(2 * i + 1, waiting.get(i)).setParameter(2 * i + 2, dueByCode.get(waiting.get(i)))
                    .setParameter(2 * n + i + 1, waiting.get(i));
        }
        update.executeUpdate();
        waiting.forEach(code -> Log.infof("appointment of %s filled in from tracking's deadline: %s", code, dueByCode.get(code)));
    }
}
