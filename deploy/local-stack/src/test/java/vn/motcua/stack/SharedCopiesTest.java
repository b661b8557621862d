package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The services share no code (each is deployed alone), so a few small infrastructure classes exist once per service.
 * They must stay identical apart from the service's name: this fails on any drift between the copies.
 */
class SharedCopiesTest {
    static final Path ROOT =
            Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    static final List<String> SERVICES = List.of("intake", "tracking", "notification");
    static final List<String> ALL = SERVICES;
    static final List<String> WITH_OUTBOX = List.of("intake", "tracking");
    static final List<String> WITH_INBOX = List.of("tracking", "notification");
    static final Map<String, List<String>> COPIES = copies();

    private static Map<String, List<String>> copies() {
        Map<String, List<String>> copies = new LinkedHashMap<>();
        for (String path : List.of(
                "src/main/java/vn/motcua/SVC/security/ApplicantIdHash.java",
                "src/main/java/vn/motcua/SVC/security/ApplicantIdKeys.java",
                "src/test/java/vn/motcua/SVC/security/ApplicantIdHashTest.java",
                "src/main/java/vn/motcua/SVC/common/rest/SecurityProblems.java",
                "src/main/java/vn/motcua/SVC/common/rest/BodyLimits.java",
                "src/main/java/vn/motcua/SVC/common/rest/Problem.java",
                "src/main/java/vn/motcua/SVC/common/rest/ProblemMappers.java",
                "src/main/java/vn/motcua/SVC/common/rest/OpenApiDocument.java",
                "src/main/java/vn/motcua/SVC/common/domain/DomainException.java",
                "src/main/java/vn/motcua/SVC/common/domain/FieldError.java",
                "src/main/java/vn/motcua/SVC/common/messaging/KafkaClientConfig.java",
                "src/main/java/vn/motcua/SVC/common/config/ClockProducer.java",
                "src/main/java/vn/motcua/SVC/common/config/LatencyHistograms.java",
                "src/main/java/vn/motcua/SVC/common/config/ManualCommitConnections.java",
                "src/main/java/vn/motcua/SVC/inbox/messaging/DeadLetters.java",
                "src/main/java/vn/motcua/SVC/admission/config/AdmissionSettings.java",
                "src/main/java/vn/motcua/SVC/admission/domain/Places.java",
                "src/main/java/vn/motcua/SVC/admission/rest/AdmissionControl.java",
                "src/main/java/vn/motcua/SVC/admission/rest/ApiShutdown.java",
                "src/test/java/vn/motcua/SVC/admission/domain/PlacesTest.java",
                "src/main/java/vn/motcua/SVC/security/VerifiedTokens.java",
                "src/main/java/vn/motcua/SVC/security/CachedTokenIdentityProvider.java",
                "src/main/java/vn/motcua/SVC/security/VerifiedTokenRecorder.java",
                "src/main/java/vn/motcua/SVC/security/TokenCache.java",
                "src/main/java/vn/motcua/SVC/security/config/TokenCacheSettings.java",
                "src/test/java/vn/motcua/SVC/security/VerifiedTokensTest.java",
                "src/test/java/vn/motcua/SVC/security/TokenCacheChecks.java",
                "src/test/java/vn/motcua/SVC/TestKafka.java")) {
            copies.put(path, ALL);
        }
        for (String path : List.of(
                "common/config/JsonSettings",
                "outbox/config/OutboxConfig",
                "outbox/domain/OutboxEvent",
                "outbox/domain/OutboxMessage",
                "outbox/domain/OutboxRecord",
                "outbox/service/Outbox",
                "outbox/service/OutboxTable",
                "outbox/messaging/OutboxRelay",
                "outbox/messaging/OutboxProducer")) {
            copies.put("src/main/java/vn/motcua/SVC/" + path + ".java", WITH_OUTBOX);
        }
        copies.put("src/main/java/vn/motcua/SVC/common/persistence/JdbcRows.java", WITH_OUTBOX);
        copies.put("src/main/java/vn/motcua/SVC/common/domain/EventIds.java", WITH_OUTBOX);
        copies.put("src/test/java/vn/motcua/SVC/common/domain/EventIdsTest.java", WITH_OUTBOX);
        copies.put("src/main/java/vn/motcua/SVC/common/persistence/SqlRows.java", WITH_INBOX);
        copies.put("src/main/java/vn/motcua/SVC/inbox/domain/ProcessedEvent.java", WITH_INBOX);
        copies.put("src/main/java/vn/motcua/SVC/inbox/service/Inbox.java", WITH_INBOX);
        copies.put("src/main/java/vn/motcua/SVC/inbox/service/InboxPruner.java", WITH_INBOX);
        copies.put("src/main/java/vn/motcua/SVC/inbox/config/InboxSettings.java", WITH_INBOX);
        copies.put("src/test/java/vn/motcua/SVC/inbox/InboxPrunerTest.java", WITH_INBOX);
        copies.put("src/main/java/vn/motcua/SVC/security/RatingLinks.java", List.of("tracking", "notification"));
        copies.put("src/main/java/vn/motcua/SVC/common/rest/LookupRateLimiter.java", List.of("intake", "tracking"));
        copies.put("src/main/java/vn/motcua/SVC/common/rest/DatabaseFailover.java", List.of("intake", "tracking"));
        copies.put(
                "src/main/java/vn/motcua/SVC/common/persistence/DuplicateKey.java",
                List.of("tracking", "notification"));
        copies.put("src/test/java/vn/motcua/SVC/TopicTap.java", List.of("intake", "tracking"));
        return copies;
    }

    static String normalised(Path file, String service) throws IOException {
        return Files.readString(file).replace(service, "SVC");
    }

    @Test
    void theCopiesInTheServicesAreTheSame() throws IOException {
        for (var copy : COPIES.entrySet()) {
            String first = copy.getValue().get(0);
            String reference = normalised(file(copy.getKey(), first), first);
            for (String service : copy.getValue().subList(1, copy.getValue().size())) {
                assertEquals(
                        reference,
                        normalised(file(copy.getKey(), service), service),
                        file(copy.getKey(), service) + " drifted from " + first + "-service's copy");
            }
        }
    }

    @Test
    void theTestRunsTimeOutsAreTheSameInIntakeAndEndToEnd() throws IOException {
        for (String name : List.of("HttpTimeouts", "HttpTimeoutsTest")) {
            Path intake = ROOT.resolve("intake-service/src/test/java/vn/motcua/intake/it/" + name + ".java");
            Path e2e = ROOT.resolve("deploy/e2e/src/test/java/vn/motcua/e2e/" + name + ".java");
            assertEquals(
                    Files.readString(intake).replace("vn.motcua.intake.it", "vn.motcua.e2e"),
                    Files.readString(e2e),
                    e2e + " drifted from " + intake);
        }
    }

    private static Path file(String copy, String service) {
        return ROOT.resolve(service + "-service").resolve(copy.replace("SVC", service));
    }
}
