package vn.motcua.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** A single-node KRaft broker (broker and controller in one JVM) with the project's topics, SASL and ACLs. */
final class KafkaBroker extends ManagedServer {
    private static final String CONTROLLER_PASSWORD = "controller-kafka-local-pw";
    private final List<String> topics;
    private final int partitions;

    KafkaBroker(StackConfig config, List<String> topics, int partitions) {
        super(config);
        this.topics = topics;
        this.partitions = partitions;
    }

    @Override
    String name() {
        return "kafka";
    }

    @Override
    int port() {
        return config.kafkaPort();
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
                            "node.id=1",
                            "controller.quorum.voters=1@127.0.0.1:" + config.kafkaControllerPort(),
                            // Clients (and the broker itself) authenticate with SASL/SCRAM-SHA-512; the controller
                            // listener,
                            // which SCRAM cannot serve (its credentials live in the metadata it manages), with
                            // SASL/PLAIN.
                            "listeners=CLIENT://127.0.0.1:" + port() + ",CONTROLLER://127.0.0.1:"
                                    + config.kafkaControllerPort(),
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
                            "offsets.topic.replication.factor=1",
                            "offsets.topic.num.partitions=" + partitions,
                            "transaction.state.log.replication.factor=1",
                            "transaction.state.log.min.isr=1",
                            "share.coordinator.state.topic.replication.factor=1",
                            "share.coordinator.state.topic.min.isr=1",
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

    private void format() {
        List<String> cmd = List.of(
                javaExecutable(),
                "-cp",
                config.classpath(),
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
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

    @Override
    List<String> command() {
        return List.of(
                javaExecutable(),
                "-Xms256m",
                "-Xmx768m",
                "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + workDir().resolve("log4j2.properties"),
                "-cp",
                config.classpath(),
                "kafka.Kafka",
                properties().toString());
    }

    @Override
    boolean isReady() {
        return Ports.isOpen(port());
    }

    @Override
    void afterStart(Progress progress) {
        Map<String, Object> adminConfig =
                new HashMap<>(KafkaPrincipals.client(KafkaPrincipals.ADMIN, KafkaPrincipals.ADMIN_PASSWORD, url()));
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1))
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
