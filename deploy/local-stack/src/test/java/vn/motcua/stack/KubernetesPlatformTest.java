package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.stack.KubernetesSystem.SERVICES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform the services run on, against what the services expect: Kafka (Strimzi) with their topics, users
 * and ACLs; MariaDB Galera (mariadb-operator) with their schemas and users; Keycloak with the production realm;
 * Prometheus' rules and Grafana's dashboards the same as the files the local stack and promtool use.
 */
class KubernetesPlatformTest {
    static KubernetesSystem system;

    @BeforeAll
    static void load() throws IOException {
        system = KubernetesSystem.load();
    }

    @Test
    void kafkaHasThreeReplicatedNodesAndEveryTopicTheServicesUse() throws IOException {
        KafkaNodePool pool = system.all(KafkaNodePool.class).get(0);
        assertEquals(3, pool.getSpec().getReplicas());
        assertEquals(
                Set.of(ProcessRoles.CONTROLLER, ProcessRoles.BROKER),
                Set.copyOf(pool.getSpec().getRoles()));
        Kafka kafka = system.named(Kafka.class, pool.getMetadata().getLabels().get("strimzi.io/cluster"));
        assertEquals(2, kafka.getSpec().getKafka().getConfig().get("min.insync.replicas"));
        Set<String> used = new TreeSet<>();
        for (String s : SERVICES) {
            Properties p = KubernetesSystem.properties(s);
            p.stringPropertyNames().stream()
                    .filter(k -> !k.startsWith("%") && (k.endsWith(".topic")))
                    .forEach(k -> used.add(p.getProperty(k)));
        }
        KafkaPrincipals.SERVICES.forEach(pr -> {
            used.addAll(pr.writes());
            used.addAll(pr.reads());
        });
        Set<String> declared = new TreeSet<>();
        for (KafkaTopic t : system.all(KafkaTopic.class)) {
            declared.add(t.getMetadata().getName());
            assertEquals(
                    kafka.getMetadata().getName(), t.getMetadata().getLabels().get("strimzi.io/cluster"));
            assertEquals(3, t.getSpec().getReplicas(), t.getMetadata().getName());
            assertEquals(3, t.getSpec().getPartitions(), t.getMetadata().getName());
            assertEquals(
                    2,
                    t.getSpec().getConfig().get("min.insync.replicas"),
                    t.getMetadata().getName());
        }
        assertEquals(used, declared);
    }

    @Test
    void eachServiceConnectsAsItsOwnPrincipalWithTheLocalStacksAcls() {
        Kafka kafka = system.all(Kafka.class).get(0);
        GenericKafkaListener tls = kafka.getSpec().getKafka().getListeners().stream()
                .filter(GenericKafkaListener::isTls)
                .findFirst()
                .orElseThrow();
        assertTrue(tls.getAuth() instanceof KafkaListenerAuthenticationScramSha512);
        String bootstrap = kafka.getMetadata().getName() + "-kafka-bootstrap:" + tls.getPort();
        List<String> peers = tls.getNetworkPolicyPeers()
                .get(0)
                .getPodSelector()
                .getMatchExpressions()
                .get(0)
                .getValues();
        assertEquals(SERVICES.stream().map(s -> s + "-service").toList(), peers);
        for (KafkaPrincipals principal : KafkaPrincipals.SERVICES) {
            Deployment d = system.named(Deployment.class, principal.user() + "-service");
            assertEquals(bootstrap, system.env(d, "KAFKA_BOOTSTRAP_SERVERS").orElseThrow());
            assertEquals(principal.user(), system.env(d, "KAFKA_USERNAME").orElseThrow());
            KafkaUser user = system.named(KafkaUser.class, principal.user());
            List<String> acls = new ArrayList<>();
            for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
                String resource = rule.getResource() instanceof AclRuleTopicResource t
                        ? "topic " + t.getName() + " " + upper(t.getPatternType())
                        : "group " + ((AclRuleGroupResource) rule.getResource()).getName() + " "
                                + upper(((AclRuleGroupResource) rule.getResource()).getPatternType());
                rule.getOperations().forEach(op -> acls.add(upper(op) + " " + resource));
            }
            List<String> expected = new ArrayList<>();
            principal.writes().forEach(t -> expected.add("WRITE topic " + t + " LITERAL"));
            principal.reads().forEach(t -> expected.add("READ topic " + t + " LITERAL"));
            expected.add("READ group " + principal.user() + " PREFIX");
            assertEquals(new TreeSet<>(expected), new TreeSet<>(acls), principal.user());
        }
    }

    @Test
    void theDatabaseKeepsItsPagesInMemoryWithinItsLimit() {
        OperatorModels.MariaDb mariadb =
                system.all(OperatorModels.MariaDb.class).get(0);
        long limit = Quantity.getAmountInBytes(
                        mariadb.spec().resources().getLimits().get("memory"))
                .longValueExact();
        long pool = bytes(mariadb.spec().myCnf(), "innodb_buffer_pool_size");
        long redo = bytes(mariadb.spec().myCnf(), "innodb_log_file_size");
        // The server's defaults (128 MiB, 96 MiB) are far below a province's data; more than half the limit leaves
        // too little for connections, Galera's cache and the operating system.
        assertTrue(pool >= 512L << 20 && pool <= limit / 2, "buffer pool " + pool + " of a " + limit + " limit");
        assertTrue(redo >= 256L << 20, "redo log " + redo);
    }

    /** A size from my.cnf ("1G", "512M", bytes), -1 when the setting is absent. */
    private static long bytes(String myCnf, String key) {
        var m = Pattern.compile("(?m)^\\s*" + key + "\\s*=\\s*(\\d+)([KMG]?)\\s*$")
                .matcher(myCnf);
        if (!m.find()) {
            return -1;
        }
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    @Test
    void everyServiceWritesToGaleraThroughThePrimaryAsItsOwnUser() throws IOException {
        OperatorModels.MariaDb mariadb =
                system.all(OperatorModels.MariaDb.class).get(0);
        assertTrue(mariadb.spec().galera().enabled());
        assertEquals(3, mariadb.spec().replicas());
        String primary = "jdbc:mariadb://" + mariadb.metadata().getName() + "-primary:3306/";
        int limits = 0;
        for (OperatorModels.User u : system.all(OperatorModels.User.class)) {
            limits += u.spec().maxUserConnections();
        }
        int max = Integer.parseInt(mariadb.spec().myCnf().replaceAll("(?s).*max_connections=(\\d+).*", "$1"));
        assertTrue(limits <= max, "the users' limits " + limits + " fit in max_connections " + max);
        for (String s : SERVICES) {
            Deployment d = system.named(Deployment.class, s + "-service");
            String url = system.env(d, "DB_URL").orElseThrow();
            assertTrue(url.startsWith(primary), url);
            String database = url.substring(primary.length());
            String username = system.env(d, "DB_USERNAME").orElseThrow();
            system.named(OperatorModels.Database.class, database);
            OperatorModels.User user = system.named(OperatorModels.User.class, username);
            assertTrue(system.all(OperatorModels.Grant.class).stream()
                    .anyMatch(g -> g.spec().username().equals(username)
                            && g.spec().database().equals(database)));
            int pool = Integer.parseInt(KubernetesSystem.properties(s).getProperty("quarkus.datasource.jdbc.max-size"));
            int replicas = system.named(HorizontalPodAutoscaler.class, s + "-service")
                    .getSpec()
                    .getMaxReplicas();
            assertTrue(user.spec().maxUserConnections() >= pool * replicas, s + ": every replica's pool can fill");
        }
    }

    @Test
    void keycloakImportsTheProductionRealmAndIssuesWhatTheServicesExpect() throws IOException {
        OperatorModels.Keycloak keycloak =
                system.all(OperatorModels.Keycloak.class).get(0);
        OperatorModels.KeycloakRealmImport realm =
                system.all(OperatorModels.KeycloakRealmImport.class).get(0);
        assertEquals(keycloak.metadata().getName(), realm.spec().keycloakCRName());
        JsonNode production = new ObjectMapper()
                .readTree(SharedCopiesTest.ROOT
                        .resolve("deploy/keycloak/production/motcua-realm.json")
                        .toFile());
        assertEquals(production, realm.spec().realm(), "keycloak.yaml holds deploy/keycloak/production verbatim");
        String issuer = "https://" + keycloak.spec().hostname().hostname() + "/realms/"
                + production.get("realm").asText();
        assertEquals(
                issuer,
                system.named(ConfigMap.class, "motcua-endpoints").getData().get("OIDC_AUTH_SERVER_URL"));
        assertTrue(keycloak.spec().instances() >= 2);
        assertEquals(OperatorModels.DbVendor.mariadb, keycloak.spec().db().vendor());
        system.named(OperatorModels.Database.class, keycloak.spec().db().database());
    }

    @Test
    void alertRulesAndDashboardsAreTheFilesPromtoolAndGrafanaUse() throws IOException {
        Path deploy = SharedCopiesTest.ROOT.resolve("deploy");
        JsonNode rules = KubernetesManifests.YAML.readTree(
                deploy.resolve("prometheus/rules/motcua.yml").toFile());
        PrometheusRule rule = system.all(PrometheusRule.class).get(0);
        assertEquals(
                rules.get("groups"),
                KubernetesManifests.MODEL.valueToTree(rule.getSpec().getGroups()));
        PodMonitor monitor = system.all(PodMonitor.class).get(0);
        assertEquals("app.kubernetes.io/name", monitor.getSpec().getJobLabel(), "jobs named as the rules expect");
        assertEquals(
                "management", monitor.getSpec().getPodMetricsEndpoints().get(0).getPort());
        Map<String, String> shipped = new java.util.TreeMap<>();
        system.all(ConfigMap.class).stream()
                .filter(c -> "1".equals(c.getMetadata().getLabels().get("grafana_dashboard")))
                .forEach(c -> shipped.putAll(c.getData()));
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(deploy.resolve("grafana/dashboards"))) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p).stripTrailing());
            }
        }
        assertEquals(files, shipped);
    }

    static String upper(Object value) {
        return value.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
