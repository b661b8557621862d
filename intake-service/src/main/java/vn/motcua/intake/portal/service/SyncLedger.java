package vn.motcua.intake.portal.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.intake.common.persistence.JdbcRows;
import vn.motcua.intake.portal.domain.DossierFacts;
import vn.motcua.intake.portal.domain.DossierSync;
import vn.motcua.intake.portal.domain.SyncItem;
import vn.motcua.intake.portal.messaging.PortalGateway;

/** The worker's reads and writes: claim due dossiers under a lease, load their changes, record a pass. */
@ApplicationScoped
public class SyncLedger {
    /** A claimed dossier: its sync state, intake's facts, its changes in order. */
    public record Claimed(State state, Optional<DossierFacts> facts, List<SyncItem> items) {}

    /** What a pass needs of a claimed dossier's sync state (portal_dossier). */
    public record State(String dossierCode, boolean created, int changes, int attempts, boolean replaying) {}

    /**
     * What one pass did to one dossier: its attempt number (the failed attempts before it, plus one), the outcome, the
     * calls made, when to try next if it must, its change counter as claimed (a dossier is SYNCED only if nothing
     * arrived since), and whether the portal accepted its record for the first time.
     */
    public record Result(
            String code,
            int attempt,
            int seenChanges,
            DossierSync.Outcome outcome,
            List<PortalGateway.Call> calls,
            Instant nextAttempt,
            boolean firstOnPortal) {}

    private final EntityManager em;
    private final ObjectMapper json;
    private final DossierFactsReader factsReader;

    public SyncLedger(EntityManager em, ObjectMapper json, DossierFactsReader factsReader) {
        this.em = em;
        this.json = json;
        this.factsReader = factsReader;
    }

    /** Up to {@code n} due dossiers no live lease holds, claimed for {@code owner}, with their changes. */
    @Transactional
    public List<Claimed> claim(String owner, Instant now, Duration lease, int n) {
        // A lease still set here ran out unrecorded: a crash. MariaDB assigns left to right, so it is read first.
        // The flag stays until a pass sends everything: a replay that itself fails (the portal away) must not be
        // followed by an ordinary pass that would send the older records again.
        int claimed = em.createNativeQuery(
                        "UPDATE portal_dossier SET replaying = (replaying OR lease_owner IS NOT NULL),"
                                + " lease_owner = :owner, lease_until = :until"
                                + " WHERE state = 'PENDING' AND next_attempt_at <= :now AND (lease_until IS NULL OR "
                                + "lease_until < :now)"
                                + " ORDER BY next_attempt_at LIMIT :n")
                .setParameter("owner", owner)
                .setParameter("until", now.plus(lease))
                .setParameter("now", now)
                .setParameter("n", n)
                .executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        // Read back by the lease's index (V16): without it, every pass scanned every dossier ever synced. Plain JDBC
        // here and in the facts: a pass reads a hundred dossiers, and as entities they cost it half its CPU.
        List<State> states = JdbcRows.query(
                em,
                "SELECT dossier_code, created, changes, attempts, replaying FROM portal_dossier WHERE lease_owner = ?",
                List.of(owner),
                rs -> new State(
                        rs.getString("dossier_code"),
                        rs.getBoolean("created"),
                        rs.getInt("changes"),
                        rs.getInt("attempts"),
                        rs.getBoolean("replaying")));
        List<String> codes = states.stream().map(State::dossierCode).toList();
        Map<String, List<SyncItem>> items = items(codes);
        Map<String, DossierFacts> facts = factsReader.read(codes);
        return states.stream()
                .map(s -> new Claimed(
                        s,
                        Optional.ofNullable(facts.get(s.dossierCode())),
                        items.getOrDefault(s.dossierCode(), List.of())))
                .toList();
    }

    /** Every change of these dossiers, sent or not, each dossier's in order. */
    private Map<String, List<SyncItem>> items(List<String> codes) {
        record Row(String dossierCode, SyncItem item) {}
        return JdbcRows.query(
                        em,
                        "SELECT id, dossier_code, event_type, national_status, occurred_at, payload, record_sent, sent"
                                + " FROM portal_item WHERE dossier_code IN " + JdbcRows.values(1, codes.size())
                                + " ORDER BY dossier_code, id",
                        codes,
                        rs -> new Row(
                                rs.getString("dossier_code"),
                                new SyncItem(
                                        rs.getLong("id"),
                                        rs.getString("event_type"),
                                        rs.getInt("national_status"),
                                        JdbcRows.instant(rs, "occurred_at").orElseThrow(),
                                        Optional.ofNullable(rs.getString("payload"))
                                                .map(this::facts),
                                        rs.getBoolean("record_sent"),
                                        rs.getBoolean("sent"))))
                .stream()
                .collect(Collectors.groupingBy(Row::dossierCode, Collectors.mapping(Row::item, Collectors.toList())));
    }

    /** One transaction for the whole pass: the call log, the items sent, and each dossier's new state. */
    @Transactional
    public void record(String owner, List<Result> results, Instant now) {
        List<Object[]> calls = new ArrayList<>();
        List<Long> sent = new ArrayList<>();
        List<Long> recordSent = new ArrayList<>();
        for (Result r : results) {
            for (PortalGateway.Call c : r.calls()) {
                calls.add(new Object[] {
                    r.code(),
                    c.service(),
                    c.requestHash(),
                    r.attempt(),
                    c.answer().kind().name(),
                    c.httpStatus().orElse(null),
                    c.errorCode().orElse(null),
                    clip(c.answer().message(), 1000),
                    (int) c.millis(),
                    now
                });
            }
            sent.addAll(r.outcome().sent());
            recordSent.addAll(r.outcome().recordSent());
        }
        insertCalls(calls);
        Set<Long> fully = Set.copyOf(sent);
        List<Long> partly =
                recordSent.stream().filter(id -> !fully.contains(id)).toList();
        if (!partly.isEmpty()) {
            em.createNativeQuery("UPDATE portal_item SET record_sent = TRUE WHERE id IN (:ids)")
                    .setParameter("ids", partly)
                    .executeUpdate();
        }
        if (!sent.isEmpty()) {
            em.createNativeQuery("UPDATE portal_item SET record_sent = TRUE, sent = TRUE WHERE id IN (:ids)")
                    .setParameter("ids", sent)
                    .executeUpdate();
        }
        countOnPortal(owner, results);
        List<Result> done = results.stream()
                .filter(r -> r.outcome().end() == DossierSync.End.DONE)
                .toList();
        synced(owner, done, now);
        results.stream().filter(r -> r.outcome().end() != DossierSync.End.DONE).forEach(r -> update(owner, r));
    }

    /**
     * The dossiers whose every change was accepted, in one statement: SYNCED where nothing arrived since the claim
     * (the consumer bumps `changes`), else due again at once. MariaDB assigns left to right: state last.
     */
    private void synced(String owner, List<Result> done, Instant now) {
        if (done.isEmpty()) {
            return;
        }
        StringBuilder unchanged = new StringBuilder("(dossier_code, changes) IN (");
        for (int i = 0; i < done.size(); i++) {
            unchanged
                    .append(i == 0 ? "" : ", ")
                    .append("(?")
                    .append(2 * i + 3)
                    .append(", ?")
                    .append(2 * i + 4)
                    .append(')');
        }
        String quiet = unchanged.append(") AND state = 'PENDING'").toString();
        var q = em.createNativeQuery(
                "UPDATE portal_dossier SET created = TRUE, attempts = 0, last_error = NULL, replaying = FALSE,"
                        + " next_attempt_at = ?1, synced_at = IF(" + quiet + ", ?1, synced_at),"
                        + " pending_since = IF(" + quiet + ", NULL, pending_since),"
                        + " state = IF(" + quiet + ", 'SYNCED', state), lease_owner = NULL, lease_until = NULL"
                        + " WHERE lease_owner = ?2 AND dossier_code IN ("
                        + placeholders(done.size(), 2 * done.size() + 3) + ")");
        q.setParameter(1, now).setParameter(2, owner);
        for (int i = 0; i < done.size(); i++) {
            q.setParameter(2 * i + 3, done.get(i).code())
                    .setParameter(2 * i + 4, done.get(i).seenChanges())
                    .setParameter(2 * done.size() + 3 + i, done.get(i).code());
        }
        q.executeUpdate();
    }

    /**
     * The dossiers the portal holds now and did not before, added to their agency's month of receipt (the
     * scorecard's figure). It selects by this pass's lease and the old {@code created}, before the updates below
     * change both: a pass that lost its lease counts nothing, and a dossier is counted once.
     */
    private void countOnPortal(String owner, List<Result> results) {
        List<String> first =
                results.stream().filter(Result::firstOnPortal).map(Result::code).toList();
        if (first.isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO portal_monthly (agency_code, month, on_portal) SELECT * FROM ("
                        + "SELECT agency_code, received_on - INTERVAL DAYOFMONTH(received_on) - 1 DAY m, COUNT(*) n"
                        + " FROM portal_dossier WHERE dossier_code IN (:codes) AND lease_owner = :owner AND NOT created"
                        + " GROUP BY agency_code, m ORDER BY agency_code, m) f"
                        + " ON DUPLICATE KEY UPDATE on_portal = on_portal + f.n")
                .setParameter("codes", first)
                .setParameter("owner", owner)
                .executeUpdate();
    }

    private static String placeholders(int n, int first) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "?" : ", ?").append(first + i);
        }
        return s.toString();
    }

    /**
     * A dossier that stopped (retry, rejection, or left for the next pass): its own statement, rare. A dossier left
     * for the next pass keeps its attempt count and last error, so its back-off goes on where it was.
     */
    private void update(String owner, Result r) {
        DossierSync.Outcome o = r.outcome();
        boolean failed = o.end() == DossierSync.End.RETRY || o.end() == DossierSync.End.REJECTED;
        em.createNativeQuery("UPDATE portal_dossier SET created = :created,"
                        + " attempts = IF(:failed, attempts + 1, attempts), last_error = COALESCE(:error, last_error),"
                        + " rejected_reason = IF(:rejected, :error, rejected_reason),"
                        + " next_attempt_at = :next, state = IF(:rejected, 'REJECTED', state),"
                        + " lease_owner = NULL, lease_until = NULL WHERE dossier_code = :code AND lease_owner = :owner")
                .setParameter("created", o.created())
                .setParameter("failed", failed)
                .setParameter("error", o.message().map(m -> clip(m, 1000)).orElse(null))
                .setParameter("rejected", o.end() == DossierSync.End.REJECTED)
                .setParameter("next", r.nextAttempt())
                .setParameter("code", r.code())
                .setParameter("owner", owner)
                .executeUpdate();
    }

    private void insertCalls(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        JdbcRows.update(
                em,
                "INSERT INTO portal_call (dossier_code, service, request_hash, attempt, result, http_status,"
                        + " error_code, message, duration_ms, called_at) VALUES " + JdbcRows.values(rows.size(), 10),
                rows.stream().flatMap(Arrays::stream).toList());
    }

    private SyncItem.StatusFacts facts(String payload) {
        try {
            JsonNode e = json.readTree(payload);
            JsonNode step = e.path("step");
            return new SyncItem.StatusFacts(
                    e.path("agencyCode").asText(),
                    instant(e, "dueAt"),
                    text(e, "reason"),
                    instant(e, "newAppointmentAt"),
                    text(e, "actorName"),
                    text(e, "actorTitle"),
                    text(e, "actorDepartment"),
                    text(e, "actorAgency"),
                    step.isObject()
                            ? Optional.of(new SyncItem.Step(
                                    step.path("name").asText(),
                                    Instant.parse(step.path("startedAt").asText()),
                                    Instant.parse(step.path("dueAt").asText())))
                            : Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("a queued status event no longer reads", e);
        }
    }

    private static Optional<String> text(JsonNode e, String field) {
        return Optional.ofNullable(e.path(field).textValue()).filter(s -> !s.isBlank());
    }

    private static Optional<Instant> instant(JsonNode e, String field) {
        return text(e, field).map(Instant::parse);
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
