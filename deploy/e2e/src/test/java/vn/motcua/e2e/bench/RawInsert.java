package vn.motcua.e2e.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hardware's limit for a submission: the rows intake writes for one dossier (the day's counter row, the
 * dossier, two documents, its status line and its outbox event, this one into a copy of the outbox table), in one
 * transaction with plain JDBC, from many threads at once, against the same MariaDB and the same agencies. No HTTP,
 * no JSON, no framework. With the portal queue, also the two rows intake adds in the same transaction when its sync
 * to the national portal is on (as on the local stack): the change and the dossier's sync state, into copies too.
 */
final class RawInsert {
    private final String url;
    private final String user;
    private final String password;
    private final List<String> agencies;
    private final long procedureVersionId;
    private final LocalDate day =
            LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    private final String payload;
    private static final List<String> COPIED = List.of("outbox_event", "portal_item", "portal_dossier");

    RawInsert(
            String url, String user, String password, List<String> agencies, long procedureVersionId, String payload) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.agencies = agencies;
        this.procedureVersionId = procedureVersionId;
        this.payload = payload;
    }

    /** Dossiers per second over the period with the given number of threads, each a closed loop. */
    double run(int threads, Duration length, boolean portalQueue) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password);
                var create = c.createStatement()) {
            // Copies of the tables: intake's relay and portal worker would send whatever is in their own.
            for (String table : COPIED) {
                create.execute("CREATE TABLE IF NOT EXISTS bench_" + table + " LIKE " + table);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong committed = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        List<Future<?>> workers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.setAutoCommit(false);
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    while (System.nanoTime() < end) {
                        insertOne(c, agencies.get(ThreadLocalRandom.current().nextInt(agencies.size())), portalQueue);
                        committed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return committed.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Deletes what the runs wrote (their codes carry the run's far-future day). */
    void cleanUp() throws SQLException {
        String like = "%-" + day.toString().replace("-", "").substring(2) + "-%";
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (String sql : List.of(
                    "DELETE FROM dossier_status_history WHERE dossier_code LIKE ?",
                    "DELETE FROM dossier_document WHERE dossier_code LIKE ?",
                    "DELETE FROM dossier WHERE code LIKE ?")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, like);
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM dossier_sequence WHERE day = ?")) {
                p.setObject(1, day);
                p.executeUpdate();
            }
            try (var drop = c.createStatement()) {
                for (String table : COPIED) {
                    drop.execute("DROP TABLE IF EXISTS bench_" + table);
                }
            }
        }
    }

    private void insertOne(Connection c, String agency, boolean portalQueue) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement seq = c.prepareStatement(
                        "INSERT INTO dossier_sequence (agency_code, day, last_value) VALUES (?, ?, 1)"
                                + " ON DUPLICATE KEY UPDATE last_value = last_value + 1");
                PreparedStatement read = c.prepareStatement(
                        "SELECT last_value FROM dossier_sequence WHERE agency_code = ? AND day = ?")) {
            seq.setString(1, agency);
            seq.setObject(2, day);
            seq.executeUpdate();
            read.setString(1, agency);
            read.setObject(2, day);
            int n;
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                n = rs.getInt(1);
            }
            String code = agency + "-" + day.toString().replace("-", "").substring(2) + "-" + String.format("%04d", n);
            try (PreparedStatement d =
                    c.prepareStatement("INSERT INTO dossier (code, agency_code, procedure_version_id, procedure_code,"
                            + " channel, status, applicant_type, applicant_name, applicant_id_number, "
                            + "applicant_id_hash, applicant_phone,"
                            + " applicant_email, applicant_address, submitted_at, received_at, created_by) VALUES "
                            + "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                Object[] v = {
                    code,
                    agency,
                    procedureVersionId,
                    "1.003583",
                    "ONLINE",
                    "NEW",
                    "CITIZEN",
                    "Nguyễn Văn An",
                    "019095012345",
                    "a".repeat(64),
                    "0912345678",
                    "an@example.vn",
                    "Phường Phan Đình Phùng, Thái Nguyên",
                    now,
                    null,
                    "citizen1"
                };
                for (int i = 0; i < v.length; i++) {
                    d.setObject(i + 1, v[i]);
                }
                d.executeUpdate();
            }
            try (PreparedStatement doc =
                    c.prepareStatement("INSERT INTO dossier_document (dossier_code, component_code) VALUES (?, ?)")) {
                for (String component : List.of("TK", "CCCD")) {
                    doc.setString(1, code);
                    doc.setString(2, component);
                    doc.addBatch();
                }
                doc.executeBatch();
            }
            try (PreparedStatement h = c.prepareStatement(
                    "INSERT INTO dossier_status_history (dossier_code, status, at, actor) VALUES (?,?,?,?)")) {
                h.setString(1, code);
                h.setString(2, "NEW");
                h.setTimestamp(3, now);
                h.setString(4, "citizen1");
                h.executeUpdate();
            }
            try (PreparedStatement o = c.prepareStatement(
                    "INSERT INTO bench_outbox_event (event_id, aggregate_id, event_type, payload, created_at)"
                            + " VALUES (?,?,?,?,?)")) {
                o.setString(1, orderedId());
                o.setString(2, code);
                o.setString(3, "DOSSIER_SUBMITTED");
                o.setString(4, payload);
                o.setTimestamp(5, now);
                o.executeUpdate();
            }
            if (portalQueue) {
                portalRows(c, code, agency, now);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    /** A time-ordered event id (version 7; random counter bits), so the copies' indexes grow as intake's do. */
    private static String orderedId() {
        long high = System.currentTimeMillis() << 16
                | 0x7000L
                | ThreadLocalRandom.current().nextInt(4096);
        long low = ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** intake's PortalQueue.intakeChanges for one dossier: its change, and its sync state opened. */
    private void portalRows(Connection c, String code, String agency, Timestamp now) throws SQLException {
        try (PreparedStatement item = c.prepareStatement("INSERT INTO bench_portal_item"
                        + " (dossier_code, event_id, event_type, national_status, occurred_at) VALUES (?,?,?,?,?)");
                PreparedStatement open = c.prepareStatement("INSERT INTO bench_portal_dossier (dossier_code,"
                        + " agency_code, received_on, state, changes, next_attempt_at, pending_since)"
                        + " VALUES (?, ?, ?, 'PENDING', 1, ?, ?) ON DUPLICATE KEY UPDATE changes = changes + 1")) {
            item.setString(1, code);
            item.setString(2, orderedId());
            item.setString(3, "DOSSIER_SUBMITTED");
            item.setInt(4, 1);
            item.setTimestamp(5, now);
            item.executeUpdate();
            open.setString(1, code);
            open.setString(2, agency);
            open.setObject(3, day);
            open.setTimestamp(4, now);
            open.setTimestamp(5, now);
            open.executeUpdate();
        }
    }
}
