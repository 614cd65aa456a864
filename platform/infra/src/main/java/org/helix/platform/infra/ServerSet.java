package org.helix.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The three servers every Helix environment needs — PostgreSQL, a Kafka broker, Keycloak — started in order in one
 * state folder. Detached sets (the local run, the shared test servers of one Maven run) outlive this JVM and are
 * found again through {@code servers.properties} and the pid files; attached sets stop with this JVM.
 */
public final class ServerSet {

    /** Every service's topic and every consumer's dead-letter topic. */
    public static final List<String> TOPICS = List.of("helix.governance.v1", "helix.talent.v1",
            "helix.incubation.v1", "helix.curriculum.v1", "helix.funding.v1",
            "helix.governance.dlq", "helix.talent.dlq", "helix.incubation.dlq", "helix.curriculum.dlq",
            "helix.funding.dlq");

    /** Ports and folder of one environment. An external PostgreSQL (by env) replaces the embedded one. */
    public record Layout(int postgresPort, int kafkaPort, int kafkaControllerPort, int keycloakPort,
            int keycloakManagementPort, Path stateDirectory, boolean detached) {
    }

    private final Layout layout;
    private final ServerEndpoints endpoints;
    private final List<ManagedProcess> processes;

    private ServerSet(Layout layout, ServerEndpoints endpoints, List<ManagedProcess> processes) {
        this.layout = layout;
        this.endpoints = endpoints;
        this.processes = processes;
    }

    public ServerEndpoints endpoints() {
        return endpoints;
    }

    public List<ManagedProcess> processes() {
        return processes;
    }

    public static ServerSet start(Layout layout, Consumer<String> progress) {
        Path state = layout.stateDirectory().toAbsolutePath();
        List<ManagedProcess> started = new ArrayList<>();
        try {
            Files.createDirectories(state.resolve("logs"));
            ExternalPostgres external = ExternalPostgres.fromEnvironment();
            String pgHost = external != null ? external.host() : "localhost";
            int pgPort = external != null ? external.port() : layout.postgresPort();
            String pgUser = external != null ? external.superuser() : PostgresServer.SUPERUSER;
            String pgPassword = external != null ? external.password() : "";
            if (external == null && layout.detached()) {
                progress.accept("starting PostgreSQL on port " + pgPort);
                started.add(startPostgres(layout, state));
            } else if (external == null) {
                PostgresServer postgres = PostgresServer.start(pgPort, state.resolve("postgres"));
                Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-postgres"));
            } else {
                progress.accept("using external PostgreSQL at " + pgHost + ":" + pgPort);
            }
            PostgresServer.ensureDatabase(pgHost, pgPort, pgUser, pgPassword, "keycloak", "keycloak", "keycloak");

            progress.accept("starting Kafka on port " + layout.kafkaPort());
            KafkaBroker kafka = new KafkaBroker(layout.kafkaPort(), layout.kafkaControllerPort(), state.resolve("kafka"),
                    state.resolve("logs/kafka.log"), layout.detached(), "512m").start();
            started.add(kafka.process());
            KafkaBroker.createTopics(kafka.bootstrapServers(), TOPICS, 3);

            progress.accept("starting Keycloak on port " + layout.keycloakPort() + " (first start builds it, ~1 min)");
            KeycloakServer keycloak = new KeycloakServer(layout.keycloakPort(), layout.keycloakManagementPort(),
                    state.resolve("logs/keycloak.log"), layout.detached())
                    .start(PostgresServer.jdbcUrl(pgHost, pgPort, "keycloak"), "keycloak", "keycloak");
            started.add(keycloak.process());

            ServerEndpoints endpoints = new ServerEndpoints(pgHost, pgPort, pgUser, pgPassword,
                    kafka.bootstrapServers(), keycloak.baseUrl(), layout.keycloakManagementPort());
            endpoints.save(state.resolve("servers.properties"));
            for (ManagedProcess process : started) {
                Pids.write(state, process);
            }
            return new ServerSet(layout, endpoints, started);
        } catch (RuntimeException e) {
            started.forEach(p -> p.stop(Duration.ofSeconds(20)));
            throw e;
        } catch (IOException e) {
            started.forEach(p -> p.stop(Duration.ofSeconds(20)));
            throw new UncheckedIOException(e);
        }
    }

    /** The servers of a detached set started earlier, if they are all still answering. */
    public static Optional<ServerEndpoints> running(Path stateDirectory) {
        return ServerEndpoints.load(stateDirectory.resolve("servers.properties")).filter(ServerEndpoints::allReachable);
    }

    /** Stops the processes of a detached set started earlier (in reverse order of start). */
    public static void stopRunning(Path stateDirectory, Consumer<String> progress) {
        for (String name : List.of("keycloak", "kafka", "postgres")) {
            Pids.stop(stateDirectory, name, progress);
        }
        // the servers are gone: nobody must take whatever listens on those ports later for them
        try {
            Files.deleteIfExists(stateDirectory.resolve("servers.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop(Duration.ofSeconds(30));
        }
    }

    private static ManagedProcess startPostgres(Layout layout, Path state) {
        ManagedProcess postgres = ManagedProcess.start("postgres", List.of(ManagedProcess.javaExecutable(), "-Xmx192m",
                        "-cp", System.getProperty("java.class.path"), PostgresMain.class.getName(),
                        String.valueOf(layout.postgresPort()), state.resolve("postgres").toString()),
                Map.of(), state, state.resolve("logs/postgres.log"), layout.detached());
        return postgres.awaitReady(Duration.ofSeconds(120), () -> Ports.isOpen(layout.postgresPort()),
                "listening on port " + layout.postgresPort());
    }

    /** {@code HELIX_POSTGRES_HOST}, {@code _PORT}, {@code _SUPERUSER}, {@code _PASSWORD}: use that server instead. */
    record ExternalPostgres(String host, int port, String superuser, String password) {
        static ExternalPostgres fromEnvironment() {
            String host = System.getenv("HELIX_POSTGRES_HOST");
            if (host == null || host.isBlank()) {
                return null;
            }
            return new ExternalPostgres(host, Integer.parseInt(envOr("HELIX_POSTGRES_PORT", "5432")),
                    envOr("HELIX_POSTGRES_SUPERUSER", "postgres"), envOr("HELIX_POSTGRES_PASSWORD", ""));
        }

        private static String envOr(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
