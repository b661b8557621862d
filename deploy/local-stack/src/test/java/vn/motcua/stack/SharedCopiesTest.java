package vn.motcua.stack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The services share no code (each is deployed alone), so a few small security classes exist once per service.
 * They must stay identical apart from the service's name: this fails on any drift between the copies.
 */
class SharedCopiesTest {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    static final List<String> SERVICES = List.of("intake", "tracking", "notification");
    static final List<String> COPIES = List.of(
            "src/main/java/vn/motcua/SVC/security/ApplicantIdHash.java",
            "src/main/java/vn/motcua/SVC/security/ApplicantIdKeys.java",
            "src/test/java/vn/motcua/SVC/security/ApplicantIdHashTest.java",
            "src/main/java/vn/motcua/SVC/common/rest/SecurityProblems.java",
            "src/main/java/vn/motcua/SVC/common/rest/BodyLimits.java",
            "src/main/java/vn/motcua/SVC/common/messaging/KafkaClientConfig.java",
            "src/test/java/vn/motcua/SVC/TestKafka.java");

    static String normalised(Path file, String service) throws IOException {
        return Files.readString(file).replace(service, "SVC");
    }

    @Test
    void theCopiesInTheThreeServicesAreTheSame() throws IOException {
        for (String copy : COPIES) {
            String first = normalised(ROOT.resolve("intake-service").resolve(copy.replace("SVC", "intake")), "intake");
            for (String service : SERVICES.subList(1, SERVICES.size())) {
                Path file = ROOT.resolve(service + "-service").resolve(copy.replace("SVC", service));
                assertEquals(first, normalised(file, service), file + " drifted from intake-service's copy");
            }
        }
    }
}
