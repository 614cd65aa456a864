package org.helix.local;

import org.helix.platform.infra.KeycloakServer;
import org.helix.platform.infra.ManagedProcess;
import org.helix.platform.infra.Pids;
import org.helix.platform.infra.Ports;
import org.helix.platform.infra.ServerEndpoints;
import org.helix.platform.infra.ServerSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/** A detached {@link ServerSet} found running or started, timed and inspected through its pid files. */
public final class LocalServers {

    /** The pid-file names {@link ServerSet} uses. */
    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String KEYCLOAK = "keycloak";
    public static final List<String> NAMES = List.of(POSTGRES, KAFKA, KEYCLOAK);

    private LocalServers() {
    }

    public record Servers(ServerEndpoints endpoints, boolean startedNow) {
    }

    /** Reuses the set of the layout's folder if all of it answers; otherwise clears leftovers and starts it. */
    public static Servers ensureRunning(ServerSet.Layout layout, Consumer<String> progress) {
        Path state = layout.stateDirectory();
        Optional<ServerEndpoints> running = ServerSet.running(state);
        if (running.isPresent()) {
            progress.accept("PostgreSQL, Kafka and Keycloak already running: reusing them");
            return upToDateRealm(new Servers(running.get(), false), progress);
        }
        ServerSet.stopRunning(state, progress);
        ServerStartTimer timer = new ServerStartTimer(progress);
        ServerSet set = ServerSet.start(layout, timer);
        timer.finish().forEach((server, duration) -> StartupTimes.record(state, server, duration));
        return upToDateRealm(new Servers(set.endpoints(), true), progress);
    }

    /** Keycloak imported the realm file when its database was new: adds what the file gained since. */
    private static Servers upToDateRealm(Servers servers, Consumer<String> progress) {
        int added = RealmSync.addMissing(servers.endpoints().keycloakUrl());
        if (added > 0) {
            progress.accept("Keycloak: " + added + " users, clients or roles of " + KeycloakServer.REALM_FILE
                    + " added to the running realm");
        }
        return servers;
    }

    public static OptionalLong pid(Path state, String server) {
        return Pids.find(state, server).map(p -> OptionalLong.of(p.pid())).orElse(OptionalLong.empty());
    }

    /** RSS of the server's process tree; for PostgreSQL also the postmaster, which pg_ctl leaves outside it. */
    public static long rssKiB(Path state, String server) {
        Optional<ManagedProcess> process = Pids.find(state, server);
        if (process.isEmpty()) {
            return 0L;
        }
        Set<Long> pids = new HashSet<>(ProcessMemory.tree(process.get().pid()));
        if (POSTGRES.equals(server)) {
            postmasterPid(state).ifPresent(postmaster -> pids.addAll(ProcessMemory.tree(postmaster)));
        }
        return ProcessMemory.rssKiB(pids);
    }

    public static boolean isReady(String server, ServerSet.Layout layout) {
        return switch (server) {
            case POSTGRES -> Ports.isOpen(layout.postgresPort());
            case KAFKA -> Ports.isOpen(layout.kafkaPort());
            case KEYCLOAK -> KeycloakServer.isReady(layout.keycloakManagementPort());
            default -> throw new IllegalArgumentException(server);
        };
    }

    public static int port(String server, ServerSet.Layout layout) {
        return switch (server) {
            case POSTGRES -> layout.postgresPort();
            case KAFKA -> layout.kafkaPort();
            case KEYCLOAK -> layout.keycloakPort();
            default -> throw new IllegalArgumentException(server);
        };
    }

    private static Optional<Long> postmasterPid(Path state) {
        Path file = state.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
