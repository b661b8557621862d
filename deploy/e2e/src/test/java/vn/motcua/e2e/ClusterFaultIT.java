package vn.motcua.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The cluster mode under a steady stream of submissions, at the counter and online (accepted by an officer), with
 * officers starting to process a quarter of them: kill -9 the Kafka node leading the most partitions, then a
 * rolling restart of all three; kill -9 the Galera node the services write to, then its rejoin by state transfer;
 * kill -9 one instance of each service.
 * Afterwards every dossier that got 201 was tracked, notified and synchronised to the national portal exactly
 * once, and the codes are unique and gap-free. Prints how long the client waited for its next 201 after each
 * fault, and how long each server took to come back.
 */
class ClusterFaultIT {
    static final List<String> TOPICS = List.of("dossier-intake-events", "dossier-status-events", "agency-events");
    static final ObjectMapper JSON = new ObjectMapper();
    static ClusterSystem cluster;
    static final Map<String, String> report = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        cluster = new ClusterSystem();
        cluster.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.stop();
        }
        FaultToleranceIT.stack("stop", "--cluster");
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES) // time-boxed: about 5 min on two cores, stream and checks included
    void everyNodeKilledUnderLoadLosesDoublesAndSkipsNothing() throws Exception {
        var deadlineMark = Topics.mark(ClusterSystem.KAFKA, "dossier-status-events");
        SteadyLoad load = new SteadyLoad(cluster.intakeUrl(), cluster.trackingUrl(), 300).start();
        ServiceProcess.sleep(Duration.ofSeconds(5));

        String leader = "kafka-" + mostLeadingBroker();
        Instant fault = Instant.now();
        ClusterSystem.killServer(leader);
        ServiceProcess.sleep(Duration.ofSeconds(3));
        double back = restart(leader);
        awaitInSync();
        report.put(leader + " killed (leading most partitions)", recovered(load, fault, back));

        for (int node = 1; node <= 3; node++) {
            fault = Instant.now();
            FaultToleranceIT.stack("stop", "kafka-" + node);
            back = restart("kafka-" + node);
            awaitInSync();
            report.put("kafka-" + node + " restarted (rolling)", recovered(load, fault, back));
        }

        String writer = "galera-" + galeraWriter();
        fault = Instant.now();
        ClusterSystem.killServer(writer);
        ServiceProcess.sleep(Duration.ofSeconds(5));
        back = restart(writer);
        report.put(writer + " killed (the node written to), rejoined by state transfer", recovered(load, fault, back));

        // One instance of each service in turn, three seconds apart; each comes back on its own.
        List<java.util.concurrent.Future<?>> restarts = new ArrayList<>();
        Map<String, Instant> killed = new LinkedHashMap<>();
        for (String service : List.of("intake", "tracking", "notification")) {
            killed.put(service, Instant.now());
            restarts.add(cluster.killAndRestart(service, 0, Duration.ofSeconds(2)));
            ServiceProcess.sleep(Duration.ofSeconds(3));
        }
        for (var restart : restarts) {
            restart.get(3, TimeUnit.MINUTES);
        }
        double allBack = Duration.between(killed.get("intake"), Instant.now()).toMillis() / 1000.0;
        killed.forEach((service, at) -> report.put(service + "-service instance killed", recovered(load, at, allBack)));
        ServiceProcess.sleep(Duration.ofSeconds(5));
        load.stop();

        report.forEach((k, v) -> System.out.printf("cluster fault: %-62s %s%n", k, v));
        System.out.printf(
                "cluster load: %d dossiers submitted (%d online, then accepted: %d), %d taken into processing;"
                        + " answers other than success: %s%n",
                load.submitted.size(),
                load.submitted.stream().filter(SteadyLoad.Submitted::online).count(),
                load.accepted.size(),
                load.started.size(),
                load.refusalsSorted());
        assertEquals(List.of(), load.failed, "every submission and action got through with retries");
        assertTrue(load.submitted.size() > 100, "a steady stream throughout: " + load.submitted.size());
        assertTrue(load.accepted.size() > 30, "online submissions accepted throughout: " + load.accepted.size());
        Set<String> nonRetryable = new TreeSet<>(load.refusals.keySet());
        nonRetryable.removeIf(r -> r.endsWith(" 503") || r.endsWith(" IO") || r.equals("START_PROCESSING 404"));
        assertEquals(Set.of(), nonRetryable, "only 503, a reset connection or (tracking) not yet known");
        timed("codes unique and gap-free", () -> assertCodesUniqueAndGapFree(load));
        timed("tracked once", () -> assertTrackedOnce(load, deadlineMark));
        timed("notified once", () -> assertNotifiedOnce(load));
        timed("synchronised to the portal once", () -> assertSynchronisedOnce(load));
    }

    interface Check {
        void run() throws Exception;
    }

    /** Runs a check and says how long it took (most of it is waiting for the pipeline to catch up). */
    static void timed(String what, Check check) throws Exception {
        Instant t0 = Instant.now();
        check.run();
        System.out.printf(
                "cluster check: %s, in %.1f s%n",
                what, Duration.between(t0, Instant.now()).toMillis() / 1000.0);
    }

    static String recovered(SteadyLoad load, Instant fault, double serverBack) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !Double.isNaN(load.recovery(fault)));
        return String.format("next 201 after %.1f s; back in service after %.1f s", load.recovery(fault), serverBack);
    }

    /** deploy/stack start brings the node back (and only it); returns how long that took. */
    static double restart(String node) throws Exception {
        Instant t0 = Instant.now();
        FaultToleranceIT.stack("start", node);
        return Duration.between(t0, Instant.now()).toMillis() / 1000.0;
    }

    static Admin admin() {
        return Admin.create(TestKafka.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ClusterSystem.KAFKA)));
    }

    static int mostLeadingBroker() throws Exception {
        try (Admin admin = admin()) {
            Map<Integer, Long> led = admin.describeTopics(TOPICS).allTopicNames().get().values().stream()
                    .flatMap(t -> t.partitions().stream())
                    .collect(Collectors.groupingBy(p -> p.leader().id(), TreeMap::new, Collectors.counting()));
            return led.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
        }
    }

    /** Every partition of the services' topics has its three replicas in sync again. */
    static void awaitInSync() {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    try (Admin admin = admin()) {
                        return admin.describeTopics(TOPICS).allTopicNames().get().values().stream()
                                .map(TopicDescription::partitions)
                                .flatMap(List::stream)
                                .allMatch(p -> p.isr().size() == 3);
                    } catch (Exception notYet) {
                        return false;
                    }
                });
    }

    /** The Galera node holding intake's connections (sequential failover: the first live one). */
    static int galeraWriter() throws Exception {
        int busiest = 0;
        long most = -1;
        for (int node = 1; node <= 3; node++) {
            try (var c = DriverManager.getConnection(
                            "jdbc:mariadb://127.0.0.1:" + (3310 + node) + "/intake_test", "intake", "intake-local-pw");
                    var rs = c.createStatement()
                            .executeQuery(
                                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'intake'")) {
                rs.next();
                if (rs.getLong(1) > most) {
                    most = rs.getLong(1);
                    busiest = node;
                }
            }
        }
        return busiest;
    }

    static void assertCodesUniqueAndGapFree(SteadyLoad load) throws Exception {
        List<String> codes =
                load.submitted.stream().map(SteadyLoad.Submitted::code).toList();
        assertEquals(codes.size(), new TreeSet<>(codes).size(), "no code given to two submissions");
        Set<String> stored = new TreeSet<>();
        try (var c = DriverManager.getConnection(
                        "jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/intake_test",
                        "intake",
                        "intake-local-pw");
                var rs = c.createStatement().executeQuery("SELECT code FROM dossier")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        assertEquals(new TreeSet<>(codes), stored, "every stored dossier is one a client got 201 for");
        Map<String, List<Integer>> byDay = new TreeMap<>();
        for (String code : stored) {
            int dash = code.lastIndexOf('-');
            byDay.computeIfAbsent(code.substring(0, dash), d -> new ArrayList<>())
                    .add(Integer.parseInt(code.substring(dash + 1)));
        }
        byDay.forEach((day, numbers) -> {
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= numbers.size(); i++) {
                expected.add(i);
            }
            assertEquals(expected, numbers.stream().sorted().toList(), "gap-free codes for " + day);
        });
    }

    static void assertTrackedOnce(SteadyLoad load, Map<TopicPartition, Long> mark) {
        Map<String, Long> deadlines = new HashMap<>();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    List<Topics.Event> events = Topics.since(ClusterSystem.KAFKA, mark);
                    load.submitted.forEach(
                            s -> deadlines.put(s.code(), Topics.count(events, s.code(), "DOSSIER_DEADLINE_SET")));
                    return deadlines.values().stream().allMatch(n -> n >= 1);
                });
        ServiceProcess.sleep(Duration.ofSeconds(5)); // anything doubled would have arrived by now
        List<Topics.Event> events = Topics.since(ClusterSystem.KAFKA, mark);
        for (SteadyLoad.Submitted s : load.submitted) {
            assertEquals(1, Topics.count(events, s.code(), "DOSSIER_DEADLINE_SET"), "tracked once: " + s.code());
        }
        for (String code : load.started) {
            assertEquals(1, Topics.count(events, code, "DOSSIER_PROCESSING_STARTED"), "processing once: " + code);
        }
    }

    static void assertNotifiedOnce(SteadyLoad load) {
        // The notifier works off what piled up while its instances were killed: all receipts within three minutes.
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    Map<String, List<String>> mail = Mailbox.subjectsByRecipient(cluster.smtp);
                    return load.submitted.stream()
                            .allMatch(s -> mail.getOrDefault(s.email(), List.of())
                                    .contains("Hồ sơ " + s.code() + " đã được tiếp nhận"));
                });
        // kill -9 can land between a provider's answer and the commit that marks the message sent: that message is
        // sent again, with the same reference (the Message-ID), by the instance that takes over. What must never
        // happen is a second message from one event: two Message-IDs under one subject.
        Map<String, Map<String, List<String>>> mail = Mailbox.messageIdsByRecipient(cluster.smtp);
        int resent = 0;
        for (SteadyLoad.Submitted s : load.submitted) {
            for (Map.Entry<String, List<String>> message : mail.get(s.email()).entrySet()) {
                List<String> ids = message.getValue();
                assertEquals(1, new TreeSet<>(ids).size(), "no message twice: " + message.getKey() + " " + ids);
                resent += ids.size() - 1;
            }
        }
        System.out.printf("%d emails sent again with their own Message-ID after a kill (at least once)%n", resent);
        // At most the worker's batch (20) in flight at each of the two kills that can cut one: its instance's and
        // the database node's.
        assertTrue(resent <= 40, "emails sent again: " + resent);
    }

    /** The portal simulator holds every dossier, each created once (one read of each after all have arrived). */
    static void assertSynchronisedOnce(SteadyLoad load) {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> missing = new TreeSet<>();
        load.submitted.forEach(s -> missing.add(s.code()));
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    missing.removeIf(code -> portalDossier(http, code).statusCode() == 200);
                    return missing.isEmpty();
                });
        for (SteadyLoad.Submitted s : load.submitted) {
            HttpResponse<String> r = portalDossier(http, s.code());
            try {
                assertEquals(1, JSON.readTree(r.body()).path("creates").asInt(), "created once: " + s.code());
            } catch (java.io.IOException e) {
                throw new AssertionError(r.body(), e);
            }
        }
    }

    static HttpResponse<String> portalDossier(HttpClient http, String code) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + (cluster.portalPort + 1) + "/sim/dossiers/" + code))
                            .timeout(java.time.Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
