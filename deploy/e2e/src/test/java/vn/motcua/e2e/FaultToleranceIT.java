package vn.motcua.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults in the middle of a stream of counter submissions, then exact counts: every dossier received by
 * tracking once (one DOSSIER_DEADLINE_SET each), every citizen told once by email and once by SMS.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {
    static PackagedSystem system;
    static Dossiers dossiers;

    @BeforeAll
    static void system() {
        system = PackagedSystem.get();
        dossiers = new Dossiers(system);
    }

    /** deploy/stack, as a developer would type it. */
    static void stack(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(
                List.of(PackagedSystem.root().resolve("deploy/stack").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES) && p.exitValue() == 0, "deploy/stack " + String.join(" ", args));
    }

    /**
     * Tracking received each dossier exactly once, and each citizen got exactly one email and one SMS per
     * message: the receipt, and the appointment when the receipt went out without one.
     */
    static void assertExactlyOnce(
            List<SubmissionStream.Submitted> submitted, Map<org.apache.kafka.common.TopicPartition, Long> mark)
            throws IOException {
        await().atMost(Duration.ofSeconds(120))
                .until(() -> submitted.stream()
                        .allMatch(s -> dossiers.timeline(s.code()).statusCode() == 200));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<String, List<String>> mail = Mailbox.subjectsByRecipient(system.smtp);
            return submitted.stream().allMatch(s -> mail.containsKey(s.email()));
        });
        ServiceProcess.sleep(Duration.ofSeconds(5)); // anything doubled would have arrived by now
        List<Topics.Event> events = Topics.since(mark);
        long republished = submitted.stream()
                .mapToLong(s -> Topics.writes(events, s.code(), "DOSSIER_DEADLINE_SET")
                        - Topics.count(events, s.code(), "DOSSIER_DEADLINE_SET"))
                .sum();
        System.out.printf(
                "%d dossiers; %d deadline events published again with the same id (outbox at least once)%n",
                submitted.size(), republished);
        awaitAllMessages(submitted);
        Map<String, List<String>> mail = Mailbox.subjectsByRecipient(system.smtp);
        for (SubmissionStream.Submitted s : submitted) {
            assertEquals(
                    1, Topics.count(events, s.code(), "DOSSIER_DEADLINE_SET"), "deadline set once for " + s.code());
            assertEquals(expectedSubjects(s), mail.get(s.email()));
        }
        // The SMS of a message is its own delivery: it may land a moment after the email. One wait for them all
        // (a wait per dossier cost at least a poll interval each).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (SubmissionStream.Submitted s : submitted) {
                system.sms.verify(
                        expectedSubjects(s).size(),
                        postRequestedFor(urlEqualTo("/messages")).withRequestBody(containing(s.code())));
            }
        });
    }

    /**
     * Every citizen has at least the messages expected; when one is still missing after 30 s, the failure names the
     * dossiers short of mail and quotes what the notifier logged about them, so a failed run explains itself.
     */
    static void awaitAllMessages(List<SubmissionStream.Submitted> submitted) throws IOException {
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> shortOfMail(submitted).isEmpty());
        } catch (ConditionTimeoutException e) {
            StringBuilder why = new StringBuilder(
                    "citizens still missing a message after 30 s, at " + java.time.LocalTime.now() + ":");
            Map<String, List<String>> mail = Mailbox.subjectsByRecipient(system.smtp);
            List<String> log = Files.readAllLines(system.notification.log);
            for (SubmissionStream.Submitted s :
                    shortOfMail(submitted).stream().limit(3).toList()) {
                why.append("\n").append(s.code()).append(" expected ").append(expectedSubjects(s));
                why.append(", got ")
                        .append(mail.getOrDefault(s.email(), List.of()))
                        .append("; the notifier logged:");
                log.stream()
                        .filter(line -> line.contains(s.code()))
                        .limit(12)
                        .forEach(line -> why.append("\n  ").append(line));
            }
            throw new AssertionError(why.toString(), e);
        }
    }

    private static List<SubmissionStream.Submitted> shortOfMail(List<SubmissionStream.Submitted> submitted) {
        Map<String, List<String>> mail = Mailbox.subjectsByRecipient(system.smtp);
        return submitted.stream()
                .filter(s -> mail.getOrDefault(s.email(), List.of()).size()
                        < expectedSubjects(s).size())
                .toList();
    }

    /** The receipt, and the appointment when the receipt went out without one. */
    static List<String> expectedSubjects(SubmissionStream.Submitted s) {
        return s.appointmentPending()
                ? List.of("Hồ sơ " + s.code() + " đã được tiếp nhận", "Ngày hẹn trả kết quả hồ sơ " + s.code())
                : List.of("Hồ sơ " + s.code() + " đã được tiếp nhận");
    }

    @Test
    @Order(1)
    void theBrokerStoppedFor20SecondsMidStreamLosesAndDoublesNothing() throws Exception {
        var mark = Topics.mark("dossier-status-events");
        SubmissionStream stream = SubmissionStream.start(dossiers, 40, 500);
        ServiceProcess.sleep(Duration.ofSeconds(3));
        stack("stop", "kafka");
        try {
            ServiceProcess.sleep(Duration.ofSeconds(20)); // submissions go on: intake keeps them in its outbox
        } finally {
            stack("start");
        }
        List<SubmissionStream.Submitted> submitted = stream.await();
        assertEquals(40, submitted.size());
        assertExactlyOnce(submitted, mark);
    }

    @Test
    @Order(2)
    void trackingKilledMidStreamAndRestartedLosesAndDoublesNothing() throws Exception {
        var mark = Topics.mark("dossier-status-events");
        SubmissionStream stream = SubmissionStream.start(dossiers, 60, 100);
        ServiceProcess.sleep(Duration.ofSeconds(2));
        system.tracking().kill(); // kill -9: consumed but uncommitted events come again
        ServiceProcess.sleep(Duration.ofSeconds(2));
        system.restartTracking(0, Map.of());
        List<SubmissionStream.Submitted> submitted = stream.await();
        assertTrue(
                submitted.stream().anyMatch(SubmissionStream.Submitted::appointmentPending),
                "some received while tracking was down");
        assertExactlyOnce(submitted, mark);
        // The dossiers received while tracking was down got their appointment from its event afterwards.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> submitted.stream()
                        .allMatch(s -> given().baseUri(system.intake.url())
                                        .auth()
                                        .oauth2(Tokens.of("officer1"))
                                        .get("/api/dossiers/" + s.code())
                                        .path("appointmentAt")
                                != null));
    }

    @Test
    @Order(3)
    void twoTrackingInstancesShareThePartitionsAndApplyEachEventOnce() throws Exception {
        ServiceProcess second = system.addTracking();
        try (Admin admin = Admin.create(
                TestKafka.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PackagedSystem.KAFKA)))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                var members = ConsumerGroups.describe(admin, system.group("tracking")).members().stream()
                        .filter(m -> m.assignment().topicPartitions().stream()
                                .anyMatch(tp -> tp.topic().equals("dossier-intake-events")))
                        .toList();
                return members.size() == 2
                        && members.stream()
                                        .mapToInt(FaultToleranceIT::intakePartitions)
                                        .sum()
                                == 3;
            });
            var mark = Topics.mark("dossier-status-events");
            List<SubmissionStream.Submitted> submitted =
                    SubmissionStream.start(dossiers, 30, 50).await();
            assertExactlyOnce(submitted, mark);
            for (ServiceProcess instance : List.of(system.tracking(), second)) {
                String metrics = given().baseUri(instance.managementUrl())
                        .get("/q/metrics")
                        .asString();
                assertTrue(
                        metrics.contains("tracking_dossiers_started_total{"),
                        instance.name + " started dossiers of its own partitions");
            }
        } finally {
            second.stop();
            system.trackings.remove(second);
        }
    }

    private static int intakePartitions(MemberDescription m) {
        return (int) m.assignment().topicPartitions().stream()
                .filter(tp -> tp.topic().equals("dossier-intake-events"))
                .count();
    }
}
