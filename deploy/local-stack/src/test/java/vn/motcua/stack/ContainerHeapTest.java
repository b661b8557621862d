package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.stack.KubernetesSystem.SERVICES;
import static vn.motcua.stack.KubernetesSystem.container;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The collector and heap each service gets in its container, with no container runtime here. Jib builds on Red
 * Hat's OpenJDK runtime image, whose start script adds its own options (its java-default-options): the collector
 * from GC_CONTAINER_OPTIONS (ParallelGC when unset), -XX:MaxRAMPercentage from JAVA_MAX_MEM_RATIO (80 when unset)
 * and heap free ratios; then JAVA_OPTS_APPEND, where Quarkus puts quarkus.jib.jvm-additional-arguments. This test
 * starts this machine's Java with those options and the Deployment's memory limit as the machine's memory
 * (-XX:MaxRAM), and reads the heap the JVM chose.
 */
class ContainerHeapTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void eachServiceRunsG1WithTheWholeHeapTheBenchesMeasuredFromTheStart() throws Exception {
        KubernetesSystem system = KubernetesSystem.load();
        for (String s : SERVICES) {
            Deployment d = system.named(Deployment.class, s + "-service");
            Quantity limit = container(d).getResources().getLimits().get("memory");
            Map<String, String> flags = imageJvm(KubernetesSystem.properties(s), bytes(limit));
            assertEquals("true", flags.get("UseG1GC"), s);
            assertEquals(ServiceApp.HEAP_MIB * MIB, Long.parseLong(flags.get("MaxHeapSize")), s + " at " + limit);
            assertEquals(flags.get("MaxHeapSize"), flags.get("InitialHeapSize"), s + ": the whole heap from the start");
        }
    }

    /** The model reproduces the image's own choice for a service that sets nothing: ParallelGC, 4/5 of 1 GiB. */
    @Test
    void withoutItsSettingsAServiceWouldGetTheImagesDefaults() throws Exception {
        Map<String, String> flags = imageJvm(new Properties(), 1024 * MIB);
        assertEquals("true", flags.get("UseParallelGC"));
        long max = Long.parseLong(flags.get("MaxHeapSize"));
        assertTrue(max > 800 * MIB && max <= 820 * MIB, "max heap " + max / MIB + " MiB");
        assertEquals(16 * MIB, Long.parseLong(flags.get("InitialHeapSize")));
    }

    private static long bytes(Quantity q) {
        return Quantity.getAmountInBytes(q).longValueExact();
    }

    /** The flags of a JVM started as the image's script starts the service, with {@code memory} as its limit. */
    private static Map<String, String> imageJvm(Properties p, long memory) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(KafkaBroker.javaExecutable(), "-XX:MaxRAM=" + memory));
        cmd.add("-XX:MaxRAMPercentage=" + imageEnv(p, "JAVA_MAX_MEM_RATIO").orElse("80.0"));
        cmd.addAll(Arrays.asList(
                imageEnv(p, "GC_CONTAINER_OPTIONS").orElse("-XX:+UseParallelGC").split(" ")));
        cmd.addAll(List.of(
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=20",
                "-XX:GCTimeRatio=4",
                "-XX:AdaptiveSizePolicyWeight=90",
                "-XX:+ExitOnOutOfMemoryError"));
        Optional.ofNullable(p.getProperty("quarkus.jib.jvm-additional-arguments"))
                .ifPresent(a -> cmd.addAll(Arrays.asList(a.split(","))));
        cmd.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process java = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), String.join(" ", cmd) + "\n" + out);
        Map<String, String> flags = new HashMap<>();
        for (String line : out.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[2].equals("=")) {
                flags.put(f[1], f[3]);
            }
        }
        return flags;
    }

    private static Optional<String> imageEnv(Properties p, String name) {
        return Optional.ofNullable(p.getProperty("quarkus.jib.environment-variables.\"" + name + "\""));
    }
}
