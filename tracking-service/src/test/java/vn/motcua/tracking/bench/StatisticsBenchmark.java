package vn.motcua.tracking.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: loads N legacy dossiers (default 1,000,000, over 2024–2025, 20 agencies × 10 procedures)
 * into a running tracking-service through POST /api/import, unless they are there already, then times the
 * statistics report and prints the numbers. Run by deploy/stack bench-statistics.
 */
public final class StatisticsBenchmark {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String TRACKING = env("TRACKING_URL", "http://127.0.0.1:8082");
    static final String KEYCLOAK = env("KEYCLOAK_URL", "http://127.0.0.1:" + env("STACK_KEYCLOAK_PORT", "8180"));
    static final int DOSSIERS = Integer.parseInt(env("BENCH_DOSSIERS", "1000000"));
    static final int CHUNK = 20_000;
    static final String[] DAYS = {"0.5", "1", "3", "5", "10", "15", "10", "3", "1", "5"};

    public static void main(String[] args) throws Exception {
        String token = token();
        long present =
                total(token, "2024-01-01", "2025-12-31", "").get("received").asLong();
        System.out.printf("benchmark data already present: %,d dossiers (target %,d)%n", present, DOSSIERS);
        if (present < DOSSIERS) {
            load(token, (int) present);
        }
        System.out.println();
        System.out.println("statistics query times (20 runs each after 3 warm-ups), ms:");
        time(token, "province, one month (2025-10)", "2025-10-01", "2025-10-31", "");
        time(token, "province, one year (2025)", "2025-01-01", "2025-12-31", "");
        time(token, "province, two years (2024-2025)", "2024-01-01", "2025-12-31", "");
        time(token, "one agency, one year", "2025-01-01", "2025-12-31", "&agency=000.90.07.H57");
        time(
                token,
                "one agency and procedure, Q4",
                "2025-10-01",
                "2025-12-31",
                "&agency=000.90.07.H57&procedure=8.000003");
        System.out.println();
        System.out.println("scorecard query times (20 runs each after 3 warm-ups), ms:");
        timeScorecard("scorecard, one month (2025-10), all agencies", "2025-10");
        timeScorecard("scorecard, one month (2024-03), all agencies", "2024-03");
        JsonNode card = get("/api/scorecard?month=2025-10").get("province");
        System.out.printf(
                "2025-10 province scorecard: %s of %s measured points (%s%%)%n",
                card.get("points").asText(),
                card.get("maxPoints").asText(),
                card.get("percent").asText());
        JsonNode year = total(token, "2025-01-01", "2025-12-31", "");
        System.out.printf(
                "%n2025 totals: received %,d, resolved %,d (early %,d, on time %,d, late %,d), on-time rate %s%%%n",
                year.get("received").asLong(),
                year.get("resolved").asLong(),
                year.get("resolvedEarly").asLong(),
                year.get("resolvedOnTime").asLong(),
                year.get("resolvedLate").asLong(),
                year.get("onTimeRate").asText());
    }

    static void load(String token, int from) throws Exception {
        ExecutorService uploaders = Executors.newFixedThreadPool(2);
        long t0 = System.nanoTime();
        List<Future<long[]>> sent = new ArrayList<>();
        for (int start = from; start < DOSSIERS; start += CHUNK) {
            int s = start;
            // A fresh token per chunk: a million dossiers take longer than a token lives.
            sent.add(uploaders.submit(() -> upload(token(), s, Math.min(CHUNK, DOSSIERS - s))));
        }
        long accepted = 0;
        long rejected = 0;
        for (Future<long[]> f : sent) {
            long[] r = f.get();
            accepted += r[0];
            rejected += r[1];
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "imported %,d (rejected %,d) in %.0f s: %,.0f dossiers/s%n",
                    accepted, rejected, secs, accepted / secs);
        }
        uploaders.shutdown();
    }

    static long[] upload(String token, int start, int count) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder(count * 300);
        for (int i = start; i < start + count; i++) {
            body.append(line(i)).append('\n');
        }
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(TRACKING + "/api/import"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
        }
        String[] lines = r.body().split("\n");
        Arrays.stream(lines)
                .filter(l -> l.contains("REJECTED"))
                .limit(3)
                .forEach(l -> System.out.println("  rejected: " + l));
        JsonNode summary = JSON.readTree(lines[lines.length - 1]).get("summary");
        return new long[] {
            summary.get("accepted").asLong(), summary.get("rejected").asLong()
        };
    }

    /**
     * Dossier i: deterministic, so a rerun finds the same codes; ~97% resolved (about 1% late), 2% withdrawn, 1% open.
     */
    static String line(int i) {
        var rnd = new SplittableRandom(i);
        String agency = "000.90.%02d.H57".formatted(i % 20);
        int p = rnd.nextInt(10);
        String days = DAYS[p];
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(700));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalDateTime received = day.atTime(7 + rnd.nextInt(9), rnd.nextInt(60));
        StringBuilder events = new StringBuilder(ev("RECEIVED", received));
        LocalDateTime t = received;
        if (rnd.nextInt(10) == 0) {
            t = t.plusDays(1);
            events.append(',').append(ev("SUPPLEMENT_REQUESTED", t));
            t = t.plusDays(2);
            events.append(',').append(ev("SUPPLEMENT_RECEIVED", t));
        }
        int fate = rnd.nextInt(100);
        double d = Double.parseDouble(days);
        if (fate < 97) {
            long hours = fate == 0 ? (long) (d * 48 + 96) : (long) (d * 24 * 0.8);
            t = t.plusHours(Math.max(1, hours));
            events.append(',').append(ev("RESOLVED", t)).append(',').append(ev("RETURNED", t.plusHours(2)));
        } else if (fate < 99) {
            events.append(',').append(ev("WITHDRAWN", t.plusHours(3)));
        }
        return "{\"code\":\"" + agency + "-B" + i + "\",\"agencyCode\":\"" + agency + "\",\"procedureCode\":\"8.00000"
                + p
                + "\",\"channel\":\"" + (rnd.nextBoolean() ? "ONLINE" : "COUNTER") + "\",\"workingDays\":" + days
                + ",\"events\":[" + events + "]}";
    }

    static String ev(String type, LocalDateTime local) {
        return "{\"type\":\"" + type + "\",\"at\":\"" + local.atOffset(ZoneOffset.ofHours(7)) + "\"}";
    }

    static void time(String token, String label, String from, String to, String extra) throws Exception {
        for (int i = 0; i < 3; i++) {
            total(token, from, to, extra);
        }
        double[] ms = new double[20];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            total(token, from, to, extra);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("  %-36s p50 %6.1f   p95 %6.1f   max %6.1f%n", label, ms[9], ms[18], ms[19]);
    }

    static void timeScorecard(String label, String month) throws Exception {
        for (int i = 0; i < 3; i++) {
            get("/api/scorecard?month=" + month);
        }
        double[] ms = new double[20];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            get("/api/scorecard?month=" + month);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("  %-46s p50 %6.1f   p95 %6.1f   max %6.1f%n", label, ms[9], ms[18], ms[19]);
    }

    static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(TRACKING + path))
                        .header("Authorization", "Bearer " + token())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static JsonNode total(String token, String from, String to, String extra) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(TRACKING + "/api/statistics?from=" + from + "&to=" + to + extra))
                        .header("Authorization", "Bearer " + token())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("statistics answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("total");
    }

    private static String cachedToken;
    private static long tokenAt;

    /** One token, renewed after five minutes (it lives fifteen); parallel logins are not needed. */
    static synchronized String token() throws IOException, InterruptedException {
        if (cachedToken == null || System.nanoTime() - tokenAt > 300e9) {
            cachedToken = login();
            tokenAt = System.nanoTime();
        }
        return cachedToken;
    }

    static String login() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=motcua-web&username=admin1&password="
                + URLEncoder.encode("admin1", StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/motcua/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak answered " + r.statusCode() + " (is the stack up?)");
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
