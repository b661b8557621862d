package vn.motcua.stack.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the simulated portal accepted, in memory: per dossier the current record, every accepted change of
 * it in arrival order, and its processing steps. A call repeated with identical content (a client retrying
 * after a time-out) changes nothing and is counted as a repeat, as an idempotent gateway would treat it.
 * At most {@code maxDossiers} are kept (a local stack that ran benchmarks for hours ran out of heap): past
 * that the first seen are forgotten, and from then on a change or step of a dossier not kept is accepted as
 * the portal, which has it, would accept it. Expired sessions are dropped at the next login.
 */
final class PortalStore {
    enum Result {
        OK,
        EXISTS,
        UNKNOWN,
        REPEAT
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Instant> sessions = new LinkedHashMap<>();
    private final Map<String, Dossier> dossiers;
    private final Duration sessionTtl;
    private long calls;
    private long rejected;
    private long forgotten;

    PortalStore(Duration sessionTtl, int maxDossiers) {
        this.sessionTtl = sessionTtl;
        this.dossiers = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Dossier> eldest) {
                boolean full = size() > maxDossiers;
                if (full) {
                    forgotten++;
                }
                return full;
            }
        };
    }

    private static final class Dossier {
        JsonNode record;
        final Instant firstAt = Instant.now();
        int creates;
        int repeats;
        final List<ObjectNode> changes = new ArrayList<>();
        final List<JsonNode> steps = new ArrayList<>();
        final Set<String> stepKeys = new HashSet<>();
    }

    synchronized String login() {
        Instant now = Instant.now();
        sessions.values().removeIf(expiry -> !expiry.isAfter(now));
        String token = UUID.randomUUID().toString();
        sessions.put(token, Instant.now().plus(sessionTtl));
        return token;
    }

    synchronized boolean validSession(String token) {
        Instant expiry = token == null ? null : sessions.get(token);
        return expiry != null && expiry.isAfter(Instant.now());
    }

    /** Forgets everything accepted (tests start from an empty portal); sessions stay valid. */
    synchronized void clear() {
        dossiers.clear();
        forgotten = 0;
        calls = 0;
        rejected = 0;
    }

    synchronized void expireSessions() {
        sessions.clear();
    }

    synchronized void countCall(boolean wasRejected) {
        calls++;
        if (wasRejected) {
            rejected++;
        }
    }

    synchronized Result syncDossier(JsonNode data, boolean updating) {
        String code = data.path("MaHoSo").asText();
        Dossier d = dossiers.get(code);
        if (!updating && d != null) {
            return Result.EXISTS;
        }
        if (updating && d == null && forgotten == 0) {
            return Result.UNKNOWN;
        }
        if (d == null) {
            d = new Dossier();
            dossiers.put(code, d);
            d.creates++;
        } else if (d.record.equals(data)) {
            return repeat(d);
        }
        d.record = data;
        ObjectNode change = JSON.createObjectNode()
                .put("isUpdating", updating)
                .put("TrangThaiHoSo", data.path("TrangThaiHoSo").asInt())
                .put("at", Instant.now().toString());
        d.changes.add(change);
        return Result.OK;
    }

    synchronized Result progress(JsonNode step) {
        Dossier d = dossiers.get(step.path("MaHoSo").asText());
        if (d == null) {
            return forgotten == 0 ? Result.UNKNOWN : Result.OK; // maybe one of the forgotten: not kept
        }
        // The gateway identifies a step by its dossier, moment, status and content [verify]: two steps of one
        // second (started, then handed over) are two steps.
        String key = step.path("ThoiDiemXuLy").asText() + "|"
                + step.path("TrangThai").asText() + "|"
                + step.path("NoiDungXuLy").asText();
        if (!d.stepKeys.add(key)) {
            return repeat(d);
        }
        d.steps.add(step);
        return Result.OK;
    }

    private static Result repeat(Dossier d) {
        d.repeats++;
        return Result.REPEAT;
    }

    synchronized Optional<ObjectNode> view(String code) {
        Dossier d = dossiers.get(code);
        if (d == null) {
            return Optional.empty();
        }
        ObjectNode v = JSON.createObjectNode()
                .put("MaHoSo", code)
                .put("creates", d.creates)
                .put("repeats", d.repeats);
        v.set("record", d.record);
        v.putArray("changes").addAll(d.changes);
        ArrayNode steps = v.putArray("steps");
        d.steps.forEach(steps::add);
        return Optional.of(v);
    }

    synchronized ObjectNode stats() {
        return JSON.createObjectNode()
                .put("dossiers", dossiers.size())
                .put("calls", calls)
                .put("rejected", rejected)
                .put("forgotten", forgotten)
                .put("sessions", sessions.size());
    }

    /** The most recently first-seen dossiers, for the page. */
    synchronized List<Map.Entry<String, JsonNode>> latest(int n) {
        return dossiers.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Dossier> e) -> e.getValue().firstAt)
                        .reversed())
                .limit(n)
                .map(e -> Map.entry(e.getKey(), (JsonNode) e.getValue().record))
                .toList();
    }
}
