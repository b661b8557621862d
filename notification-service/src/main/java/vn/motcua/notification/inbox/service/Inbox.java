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
 * The processed-event ids of a whole batch in one statement inside the effect's transaction: a multi-row
 * {@code INSERT IGNORE … RETURNING}, which hands back exactly the ids it inserted. An id applied before is
 * ignored and not returned; one a concurrent consumer is inserting makes the statement wait for that
 * transaction, and is returned only if it rolled back. So the returned ids are the ones this transaction owns,
 * with no read first (a read and an insert before, and a retry of the batch when they raced).
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** Records the ids not seen before and returns them, in the order given; a redelivered id is left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> claim(Collection<String> eventIds, String topic) {
        Set<String> ids = new LinkedHashSet<>(eventIds);
        if (ids.isEmpty()) {
            return ids;
        }
        Query insert = em.createNativeQuery("INSERT IGNORE INTO processed_event (event_id, topic, processed_at) VALUES "
                + SqlRows.values(ids.size(), 3) + " RETURNING event_id");
        Instant now = Instant.now();
        int i = 0;
        for (String id : ids) {
            insert.setParameter(3 * i + 1, id).setParameter(3 * i + 2, topic).setParameter(3 * i + 3, now);
            i++;
        }
        @SuppressWarnings("unchecked")
        List<String> inserted = insert.getResultList();
        ids.retainAll(Set.copyOf(inserted));
        return ids;
    }
}
