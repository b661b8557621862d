package vn.motcua.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A single-node KRaft broker (broker and controller in one JVM) with the project's topics. */
final class KafkaBroker extends ManagedServer {
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
            Files.writeString(properties(), String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + config.kafkaControllerPort(),
                    "listeners=PLAINTEXT://127.0.0.1:" + port() + ",CONTROLLER://127.0.0.1:" + config.kafkaControllerPort(),
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port(),
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
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
                    "") );
            Files.writeString(workDir().resolve("log4j2.properties"), String.join("\n",
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
            throw new StackException("could not write the Kafka configuration in " + workDir() + ": " + e.getMessage(), e);
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            progress.step(name(), "formatting the KRaft log directory (first run only)");
            format();
        }
    }

    private void format() {
        List<String> cmd = List.of(javaExecutable(), "-cp", config.classpath(), "kafka.tools.StorageTool",
                "format", "-t", Uuid.randomUuid().toString(), "-c", properties().toString());
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new StackException("formatting Kafka's log directory failed; see " + log());
            }
        } catch (IOException e) {
            throw new StackException("could not run Kafka's StorageTool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    List<String> command() {
        return List.of(javaExecutable(), "-Xms256m", "-Xmx768m", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + workDir().resolve("log4j2.properties"),
                "-cp", config.classpath(), "kafka.Kafka", properties().toString());
    }

    @Override
    boolean isReady() {
        return Ports.isOpen(port());
    }

    @Override
    void afterStart(Progress progress) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, url(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                progress.step(name(), "created topics " + missing.stream().map(NewTopic::name)
                        .collect(Collectors.joining(", ")));
            }
        } catch (Exception e) {
            throw new StackException("could not create the Kafka topics: " + e.getMessage(), e);
        }
    }
}
