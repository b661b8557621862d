package vn.motcua.intake.outbox.messaging;

import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.motcua.intake.outbox.domain.OutboxRecord;
import vn.motcua.intake.outbox.service.OutboxTable;

/** The outbox table in memory, with the same contract: a claim removes its rows only if the publish returns. */
@Vetoed // not a bean in the Quarkus tests, where the real table is
class FakeOutboxTable extends OutboxTable {
    private final TreeMap<Long, OutboxRecord> rows = new TreeMap<>();
    private long nextId = 1;
    private int claims;

    FakeOutboxTable() {
        super(null);
    }

    synchronized void insert(OutboxRecord row) {
        rows.put(nextId++, row);
    }

    synchronized int size() {
        return rows.size();
    }

    /** How many times the relay read the table (a claim), whatever it found. */
    synchronized int claims() {
        return claims;
    }

    @Override
    public synchronized List<OutboxRecord> publishOldest(long upToId, int limit, Consumer<List<OutboxRecord>> publish) {
        claims++;
        List<Long> ids = new ArrayList<>();
        List<OutboxRecord> batch = new ArrayList<>();
        for (Map.Entry<Long, OutboxRecord> e : rows.headMap(upToId, true).entrySet()) {
            if (batch.size() == limit) {
                break;
            }
            ids.add(e.getKey());
            batch.add(e.getValue());
        }
        if (!batch.isEmpty()) {
            publish.accept(batch); // throws on a failed send: nothing is removed, as a rollback would
        }
        ids.forEach(rows::remove);
        return batch;
    }

    @Override
    public synchronized void deletePublished(List<String> eventIds) {
        for (Iterator<OutboxRecord> it = rows.values().iterator(); it.hasNext(); ) {
            if (eventIds.contains(it.next().eventId())) {
                it.remove();
            }
        }
    }

    @Override
    public synchronized Backlog measure() {
        return rows.isEmpty()
                ? new Backlog(0, Duration.ZERO, 0, nextId - 1)
                : new Backlog(rows.size(), Duration.ZERO, rows.firstKey(), rows.lastKey());
    }
}
