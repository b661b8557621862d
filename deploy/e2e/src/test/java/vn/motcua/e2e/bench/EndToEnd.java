package vn.motcua.e2e.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** From each 201 answer to the citizen's "received" email in notification's delivery log: planned, and sent. */
final class EndToEnd {
    private EndToEnd() {}

    static void report(Map<String, Long> answeredAtMillis) throws Exception {
        IntakeBenchmark.awaitQuiet(); // every delivery planned and sent (held SMS aside)
        List<Long> planned = new ArrayList<>();
        List<Long> sent = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(
                        IntakeBenchmark.MARIADB + "/notification", "notification", "notification-local-pw");
                PreparedStatement p = c.prepareStatement(
                        "SELECT dossier_code, UNIX_TIMESTAMP(created_at) * 1000, UNIX_TIMESTAMP(sent_at) * 1000"
                                + " FROM delivery_log WHERE channel = 'EMAIL' AND template = 'received' AND "
                                + "created_at > NOW() - INTERVAL 10 MINUTE")) {
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Long answered = answeredAtMillis.get(rs.getString(1));
                    if (answered != null) {
                        planned.add(Math.round(rs.getDouble(2)) - answered);
                        if (rs.getObject(3) != null) {
                            sent.add(Math.round(rs.getDouble(3)) - answered);
                        }
                    }
                }
            }
        }
        System.out.printf(
                "answered %d; in the delivery log %d, sent %d%n", answeredAtMillis.size(), planned.size(), sent.size());
        System.out.printf(
                "201 → delivery planned: p50 %d ms, p99 %d ms;  201 → email sent: p50 %d ms, p99 %d ms%n",
                pct(planned, 50), pct(planned, 99), pct(sent, 50), pct(sent, 99));
    }

    private static long pct(List<Long> values, double p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(p / 100 * sorted.size()) - 1)));
    }
}
