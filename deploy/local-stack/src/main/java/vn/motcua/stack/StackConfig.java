package vn.motcua.stack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the local stack keeps its data and which ports it uses. Every value can be overridden from the
 * environment so that the same launcher works next to other software, or against external servers.
 */
record StackConfig(
        Path root,
        Path dataDir,
        Path distDir,
        String classpath,
        int mariadbPort,
        int kafkaPort,
        int kafkaControllerPort,
        int keycloakPort,
        int prometheusPort,
        int portalPort,
        int galeraPort,
        int kafkaClusterPort,
        Set<String> external) {

    static StackConfig fromEnvironment(Map<String, String> env) {
        Path root =
                Path.of(env.getOrDefault("STACK_ROOT", ".")).toAbsolutePath().normalize();
        Path module = root.resolve("deploy/local-stack");
        Set<String> external = Arrays.stream(
                        env.getOrDefault("STACK_EXTERNAL", "").split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new StackConfig(
                root,
                Path.of(env.getOrDefault(
                                "STACK_DATA_DIR", module.resolve("data").toString()))
                        .toAbsolutePath(),
                module.resolve("target/dist"),
                System.getProperty("java.class.path"),
                intOf(env, "STACK_MARIADB_PORT", 3306),
                intOf(env, "STACK_KAFKA_PORT", 9092),
                intOf(env, "STACK_KAFKA_CONTROLLER_PORT", 9093),
                intOf(env, "STACK_KEYCLOAK_PORT", 8180),
                intOf(env, "STACK_PROMETHEUS_PORT", 9090),
                intOf(env, "STACK_PORTAL_PORT", 8095),
                // The cluster mode: Galera nodes on 3311-3313, Kafka nodes on 9192, 9292, 9392.
                intOf(env, "STACK_GALERA_PORT", 3311),
                intOf(env, "STACK_KAFKA_CLUSTER_PORT", 9192),
                external);
    }

    boolean isExternal(String component) {
        return external.contains(component);
    }

    Path dir(String component) {
        return dataDir.resolve(component);
    }

    Path logFile(String component) {
        return dataDir.resolve("logs").resolve(component + ".log");
    }

    Path pidFile(String component) {
        return dataDir.resolve("run").resolve(component + ".pid");
    }

    private static int intOf(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StackException(name + " must be a port number, was '" + value + "'");
        }
    }
}
