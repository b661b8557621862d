package vn.motcua.notification.inbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.notification.common.persistence.SqlRows;

/**
 * The processed-event ids of a whole batch in two statements: one read of those already applied, one multi-row
 * insert of the rest, both inside the effect's transaction.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** Another consumer recorded one of these ids after our read: the batch is rolled back and tried again. */
    public static class ConcurrentDuplicate extends RuntimeException {
        ConcurrentDuplicate() {
            super("an event of the batch was applied concurrently");
        }
    }

    /** Records the ids not seen before and returns them; a redelivered id is left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> claim(Collection<String> eventIds, String topic) {
        Set<String> fresh = new LinkedHashSet<>(eventIds);
        if (fresh.isEmpty()) {
            return fresh;
        }
        @SuppressWarnings("unchecked")
        List<String> seen = em.createNativeQuery("SELECT event_id FROM processed_event WHERE event_id IN (:ids)")
                .setParameter("ids", fresh)
                .getResultList();
        seen.forEach(fresh::remove);
        if (fresh.isEmpty()) {
            return fresh;
        }
        Query insert = em.createNativeQuery("INSERT IGNORE INTO processed_event (event_id, topic, processed_at) VALUES "
                + SqlRows.values(fresh.size(), 3));
        Instant now = Instant.now();
        int i = 0;
        for (String id : fresh) {
            insert.setParameter(3 * i + 1, id).setParameter(3 * i + 2, topic).setParameter(3 * i + 3, now);
            i++;
        }
        // INSERT IGNORE waits for a concurrent insert of the same id to commit; fewer rows means one was taken.
        if (insert.executeUpdate() != fresh.size()) {
            throw new ConcurrentDuplicate();
        }
        return fresh;
    }
}
