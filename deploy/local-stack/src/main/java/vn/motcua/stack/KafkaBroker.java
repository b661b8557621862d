package vn.motcua.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A KRaft node (broker and controller in one JVM) with the project's topics, SASL and ACLs: the single node of the
 * local stack, or one of the cluster mode's three, whose topics are replicated to all three with
 * min.insync.replicas 2 (controllers combined with brokers: three more JVMs would not fit two cores).
 */
final class KafkaBroker extends ManagedServer {
    private static final String CONTROLLER_PASSWORD = "controller-kafka-local-pw";
    static final int CLUSTER_NODES = 3;
    private final String name;
    private final int nodeId;
    private final int port;
    private final int controllerPort;
    private final List<KafkaBroker> quorum = new java.util.ArrayList<>();
    private final List<String> topics;
    private final int partitions;

    KafkaBroker(StackConfig config, List<String> topics, int partitions) {
        this(config, "kafka", 1, config.kafkaPort(), config.kafkaControllerPort(), topics, partitions);
        quorum.add(this);
    }

    private KafkaBroker(
            StackConfig config,
            String name,
            int nodeId,
            int port,
            int controllerPort,
            List<String> topics,
            int partitions) {
        super(config);
        this.name = name;
        this.nodeId = nodeId;
        this.port = port;
        this.controllerPort = controllerPort;
        this.topics = topics;
        this.partitions = partitions;
    }

    /** The cluster mode's three nodes: kafka-1..3 on the cluster port, +100 and +200 (controllers one above). */
    static List<KafkaBroker> cluster(StackConfig config, List<String> topics, int partitions) {
        List<KafkaBroker> nodes = java.util.stream.IntStream.rangeClosed(1, CLUSTER_NODES)
                .mapToObj(i -> {
                    int client = config.kafkaClusterPort() + (i - 1) * 100;
                    return new KafkaBroker(config, "kafka-" + i, i, client, client + 1, topics, partitions);
                })
                .toList();
        nodes.forEach(n -> n.quorum.addAll(nodes));
        return nodes;
    }

    /** The cluster's bootstrap list, for clients. */
    static String clusterBootstrap(StackConfig config) {
        return String.join(
                ",",
                java.util.stream.IntStream.range(0, CLUSTER_NODES)
                        .mapToObj(i -> "127.0.0.1:" + (config.kafkaClusterPort() + i * 100))
                        .toList());
    }

    private boolean clustered() {
        return quorum.size() > 1;
    }

    /** A cluster node waits for a majority of the controllers: all three are launched before any is awaited. */
    @Override
    boolean startsWithOthers() {
        return clustered();
    }

    @Override
    String name() {
        return name;
    }

    @Override
    int port() {
        return port;
    }

    @Override
    String url() {
        return "127.0.0.1:" + port();
    }

    private Path properties() {
        return workDir().resolve("server.properties");
    }

    @Override
    void prepare(Progress progress) {
        Path logDir = workDir().resolve("log");
        try {
            Files.createDirectories(logDir);
            Files.writeString(
                    properties(),
                    String.join(
                            "\n",
                            "process.roles=broker,controller",
                            "node.id=" + nodeId,
                            "controller.quorum.voters="
                                    + String.join(
                                            ",",
                                            quorum.stream()
                                                    .map(n -> n.nodeId + "@127.0.0.1:" + n.controllerPort)
                                                    .toList()),
                            // Clients (and the broker itself) authenticate with SASL/SCRAM-SHA-512; the controller
                            // listener,
                            // which SCRAM cannot serve (its credentials live in the metadata it manages), with
                            // SASL/PLAIN.
                            "listeners=CLIENT://127.0.0.1:" + port() + ",CONTROLLER://127.0.0.1:" + controllerPort,
                            "advertised.listeners=CLIENT://127.0.0.1:" + port(),
                            "controller.listener.names=CONTROLLER",
                            "inter.broker.listener.name=CLIENT",
                            "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                            "sasl.enabled.mechanisms=SCRAM-SHA-512",
                            "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                            "listener.name.client.scram-sha-512.sasl.jaas.config="
                                    + scram(KafkaPrincipals.ADMIN, KafkaPrincipals.ADMIN_PASSWORD),
                            "sasl.mechanism.controller.protocol=PLAIN",
                            "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                            "listener.name.controller.plain.sasl.jaas.config="
                                    + "org.apache.kafka.common.security.plain.PlainLoginModule"
                                    + " required username=\"controller\" password=\"" + CONTROLLER_PASSWORD
                                    + "\" user_controller=\""
                                    + CONTROLLER_PASSWORD + "\";",
                            // Nothing without an ACL; admin (the launcher, tests) and the controller are super users.
                            "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                            "allow.everyone.if.no.acl.found=false",
                            "super.users=User:" + KafkaPrincipals.ADMIN + ";User:controller",
                            "log.dirs=" + logDir,
                            "num.partitions=" + partitions,
                            "auto.create.topics.enable=false",
                            "default.replication.factor=" + quorum.size(),
                            "min.insync.replicas=" + minInSync(),
                            "offsets.topic.replication.factor=" + quorum.size(),
                            "offsets.topic.num.partitions=" + partitions,
                            "transaction.state.log.replication.factor=" + quorum.size(),
                            "transaction.state.log.min.isr=" + minInSync(),
                            "share.coordinator.state.topic.replication.factor=" + quorum.size(),
                            "share.coordinator.state.topic.min.isr=" + minInSync(),
                            "group.initial.rebalance.delay.ms=0",
                            "log.retention.hours=168",
                            ""));
            Files.writeString(
                    workDir().resolve("log4j2.properties"),
                    String.join(
                            "\n",
                            "rootLogger.level=INFO",
                            "rootLogger.appenderRef.out.ref=OUT",
                            "appender.out.type=Console",
                            "appender.out.name=OUT",
                            "appender.out.layout.type=PatternLayout",
                            "appender.out.layout.pattern=[%d] %p %m (%c)%n",
                            "logger.state.name=state.change.logger",
                            "logger.state.level=WARN",
                            ""));
        } catch (IOException e) {
            throw new StackException(
                    "could not write the Kafka configuration in " + workDir() + ": " + e.getMessage(), e);
        }
        if (Files.exists(logDir.resolve("meta.properties")) && !Files.exists(saslMarker())) {
            // Formatted before the broker required SASL: its admin credentials are written only at format time.
            progress.step(name(), "the log directory predates SASL: formatting it again (local data only)");
            try {
                KeycloakServer.deleteTree(logDir);
                Files.createDirectories(logDir);
            } catch (IOException e) {
                throw new StackException("could not clear " + logDir + ": " + e.getMessage(), e);
            }
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            progress.step(name(), "formatting the KRaft log directory (first run only)");
            format();
        }
    }

    /** A write is acknowledged by two of three nodes in the cluster, so one may die with nothing lost. */
    private int minInSync() {
        return clustered() ? 2 : 1;
    }

    /** Every node of a cluster is formatted with the same cluster id. */
    private String clusterId() {
        if (!clustered()) {
            return Uuid.randomUuid().toString();
        }
        Path file = config.dataDir().resolve("kafka-cluster.id");
        try {
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, Uuid.randomUuid().toString());
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new StackException("could not keep the Kafka cluster id in " + file + ": " + e.getMessage(), e);
        }
    }

    private void format() {
        List<String> cmd = List.of(
                javaExecutable(),
                "-cp",
                config.classpath(),
                "kafka.tools.StorageTool",
                "format",
                "-t",
                clusterId(),
                "-c",
                properties().toString(),
                "--add-scram",
                "SCRAM-SHA-512=[name=" + KafkaPrincipals.ADMIN + ",password=" + KafkaPrincipals.ADMIN_PASSWORD + "]");
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new StackException("formatting Kafka's log directory failed; see " + log());
            }
            Files.writeString(saslMarker(), "SCRAM-SHA-512 admin written at format time\n");
        } catch (IOException e) {
            throw new StackException("could not run Kafka's StorageTool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    private Path saslMarker() {
        return workDir().resolve("sasl-formatted");
    }

    private static String scram(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The cluster mode's nodes (a fault test starts them seven times under load) with the client compiler only:
     * measured on two cores, a start cost 5.6-7.0 s of CPU instead of 9.6-11.0. The single node keeps the default
     * JIT: the benches count its CPU.
     */
    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms256m", "-Xmx768m", "-XX:+UseG1GC"));
        if (clustered()) {
            command.addAll(PackagedService.TEST_JIT);
        }
        command.addAll(List.of(
                "-Dlog4j2.configurationFile=" + workDir().resolve("log4j2.properties"),
                "-cp",
                config.classpath(),
                "kafka.Kafka",
                properties().toString()));
        return command;
    }

    @Override
    boolean isReady() {
        return Ports.isOpen(port());
    }

    /** Topics and principals once the last node is up (a cluster's topics need all three for their replicas). */
    @Override
    void afterStart(Progress progress) {
        if (quorum.get(quorum.size() - 1) != this) {
            return;
        }
        String bootstrap =
                String.join(",", quorum.stream().map(KafkaBroker::url).toList());
        Map<String, Object> adminConfig =
                new HashMap<>(KafkaPrincipals.client(KafkaPrincipals.ADMIN, KafkaPrincipals.ADMIN_PASSWORD, bootstrap));
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) quorum.size())
                            .configs(Map.of("min.insync.replicas", Integer.toString(minInSync()))))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                progress.step(
                        name(),
                        "created topics " + missing.stream().map(NewTopic::name).collect(Collectors.joining(", ")));
            }
            KafkaPrincipals.apply(admin);
            progress.step(
                    name(),
                    "SCRAM principals and ACLs for "
                            + KafkaPrincipals.SERVICES.stream()
                                    .map(KafkaPrincipals::user)
                                    .collect(Collectors.joining(", ")));
        } catch (Exception e) {
            throw new StackException("could not create the Kafka topics, principals or ACLs: " + e.getMessage(), e);
        }
    }
}
