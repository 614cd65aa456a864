package org.helix.platform.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * A real single-node Kafka broker in KRaft mode, run as its own JVM from the jars in {@code .helix/dist/kafka-*}.
 * It can be stopped and started again on the same port with the same data (tests of broker outages do that).
 */
public final class KafkaBroker {

    private final int port;
    private final int controllerPort;
    private final Path directory;
    private final Path logFile;
    private final boolean detached;
    private final String maxHeap;
    private ManagedProcess process;

    public KafkaBroker(int port, int controllerPort, Path directory, Path logFile, boolean detached, String maxHeap) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.directory = directory.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
        this.detached = detached;
        this.maxHeap = maxHeap;
    }

    public static Path libs() {
        Path libs = HelixHome.dist().resolve("kafka-" + Versions.kafka()).resolve("libs");
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("Kafka broker jars missing at " + libs
                    + ": build the module deploy/servers first (./mvnw -pl deploy/servers package)");
        }
        return libs;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized KafkaBroker start() {
        Path config = writeConfig();
        if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
            format(config);
        }
        process = ManagedProcess.start("kafka", List.of(ManagedProcess.javaExecutable(), "-Xmx" + maxHeap,
                        "-Dlog4j2.configurationFile=" + writeLog4jConfig().toUri(),
                        "-cp", libs() + "/*", "kafka.Kafka", config.toString()),
                Map.of(), directory, logFile, detached);
        process.awaitReady(Duration.ofSeconds(90), () -> Ports.isOpen(port), "listening on port " + port);
        return this;
    }

    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public ManagedProcess process() {
        return process;
    }

    /** Creates the topics that do not exist yet. */
    public static void createTopics(String bootstrapServers, Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void format(Path config) {
        ManagedProcess formatter = ManagedProcess.start("kafka-storage-format",
                List.of(ManagedProcess.javaExecutable(), "-Xmx256m", "-cp", libs() + "/*", "kafka.tools.StorageTool",
                        "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                Map.of(), directory, directory.resolve("kafka-format.log"), false);
        formatter.awaitReady(Duration.ofSeconds(60), () -> !formatter.isAlive(), "finished formatting");
        if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
            throw new IllegalStateException("Formatting Kafka storage failed; see " + formatter.logFile());
        }
    }

    private Path writeConfig() {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "");
        return write("server.properties", properties);
    }

    private Path writeLog4jConfig() {
        return write("log4j2.properties", String.join("\n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.stdout.ref=STDOUT",
                "appender.stdout.type=Console",
                "appender.stdout.name=STDOUT",
                "appender.stdout.layout.type=PatternLayout",
                "appender.stdout.layout.pattern=[%d] %p %m (%c)%n",
                ""));
    }

    private Path write(String fileName, String content) {
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
