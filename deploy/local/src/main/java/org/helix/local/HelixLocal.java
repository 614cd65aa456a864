package org.helix.local;

import org.helix.platform.infra.HelixHome;
import org.helix.platform.infra.ServerEndpoints;
import org.helix.platform.infra.ServerSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The local run: {@code up}, {@code down}, {@code reset}, {@code status}, and the shared test servers
 * ({@code test-servers-up}, {@code test-servers-down}). Started by {@code deploy/local/helix}.
 */
public final class HelixLocal {

    private static final Consumer<String> PROGRESS = message -> System.out.println("[helix] " + message);

    private HelixLocal() {
    }

    public static void main(String[] args) {
        // the Kafka admin client logs through slf4j-simple; keep its chatter out of the console
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String command = args.length == 0 ? "help" : args[0];
        Set<String> options = Set.copyOf(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        int exitCode;
        try {
            exitCode = switch (command) {
                case "up" -> up(options.contains("--servers-only"));
                case "down" -> down();
                case "reset" -> reset();
                case "status" -> status();
                case "test-servers-up" -> testServersUp();
                case "test-servers-down" -> testServersDown();
                case "help", "-h", "--help" -> help(0);
                default -> {
                    System.err.println("helix: unknown command " + command);
                    yield help(2);
                }
            };
        } catch (RuntimeException e) {
            System.err.println("helix " + command + " failed: " + e.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static int up(boolean serversOnly) {
        Instant begin = Instant.now();
        Path state = Environments.localState();
        LocalServers.Servers servers = LocalServers.ensureRunning(Environments.localServers(), PROGRESS);
        PortPlan ports = PortPlan.local();
        Suite suite = null;
        String seedingFailure = null;
        if (!serversOnly) {
            try {
                suite = Suite.start(SuiteOptions.of(servers.endpoints(), ports, "", state, true)
                        .withExtraEnvironment(SuiteOptions.DEMO_EVALUATION_WINDOW), PROGRESS);
            } catch (IllegalStateException e) {
                System.err.println("helix up failed: " + e.getMessage());
                System.err.println("The servers and any app that became ready keep running: fix the app and run "
                        + "`helix up` again (ready ones are reused), or `helix down`.");
                return 1;
            }
            try {
                new DemoData(suite.serviceUrls(), servers.endpoints().realmUrl()).seed(PROGRESS);
            } catch (RuntimeException e) {
                seedingFailure = e.getMessage();
            }
        }
        Duration took = Duration.between(begin, Instant.now());
        System.out.print(LocalGuide.text(servers.endpoints(), ports, state, suite != null));
        System.out.println();
        System.out.print(Figures.table(figureRows(state, servers, suite), took));
        if (seedingFailure != null) {
            System.err.println("helix up: the apps run, but the demo data could not be seeded: " + seedingFailure);
            return 1;
        }
        return 0;
    }

    private static List<Figures.Row> figureRows(Path state, LocalServers.Servers servers, Suite suite) {
        List<Figures.Row> rows = new ArrayList<>();
        for (String server : LocalServers.NAMES) {
            if (LocalServers.pid(state, server).isPresent()) {
                rows.add(new Figures.Row(server, StartupTimes.of(state, server), servers.startedNow(),
                        LocalServers.rssKiB(state, server)));
            }
        }
        if (suite != null) {
            for (RunningApp app : suite.apps()) {
                long rss = app.pid().isPresent() ? ProcessMemory.treeRssKiB(app.pid().getAsLong()) : 0L;
                rows.add(new Figures.Row(app.app().module(), app.startup(), app.startedNow(), rss));
            }
        }
        return rows;
    }

    private static int down() {
        Path state = Environments.localState();
        Suite.stopRunning(state, PROGRESS);
        ServerSet.stopRunning(state, PROGRESS);
        System.out.println("Helix local run stopped (data kept in " + state + ").");
        return 0;
    }

    private static int reset() {
        down();
        Path state = Environments.localState();
        deleteStateFolder(state);
        System.out.println("Deleted " + state + ": the next `helix up` starts from scratch.");
        return 0;
    }

    private static int status() {
        Path state = Environments.localState();
        ServerSet.Layout layout = Environments.localServers();
        System.out.println("Helix local run, state " + state);
        System.out.println(String.format(Locale.ROOT, "%-26s %8s %6s %-8s %10s", "process", "pid", "port", "state",
                "RSS"));
        long totalKiB = 0;
        int running = 0;
        for (String server : LocalServers.NAMES) {
            OptionalLong pid = LocalServers.pid(state, server);
            boolean ready = LocalServers.isReady(server, layout);
            long rss = LocalServers.rssKiB(state, server);
            totalKiB += rss;
            running += ready ? 1 : 0;
            System.out.println(statusLine(server, pid, LocalServers.port(server, layout), ready, rss));
        }
        for (Suite.AppStatus app : Suite.status(state, PortPlan.local())) {
            long rss = app.pid().isPresent() ? ProcessMemory.treeRssKiB(app.pid().getAsLong()) : 0L;
            totalKiB += rss;
            running += app.ready() ? 1 : 0;
            System.out.println(statusLine(app.app().module(), app.pid(), app.port(), app.ready(), rss));
        }
        System.out.println(String.format(Locale.ROOT, "%-26s %8s %6s %-8s %10s", "TOTAL RSS", "", "", "",
                Figures.mib(totalKiB)));
        System.out.println(running + " of " + (LocalServers.NAMES.size() + App.values().length) + " ready.");
        return 0;
    }

    private static String statusLine(String name, OptionalLong pid, int port, boolean ready, long rssKiB) {
        String state = ready ? "ready" : pid.isPresent() ? "starting" : "stopped";
        return String.format(Locale.ROOT, "%-26s %8s %6d %-8s %10s", name,
                pid.isPresent() ? String.valueOf(pid.getAsLong()) : "-", port, state, Figures.mib(rssKiB));
    }

    private static int testServersUp() {
        Path state = Environments.testSharedState();
        ServerSet.stopRunning(state, PROGRESS);
        deleteStateFolder(state);
        ServerEndpoints servers = LocalServers.ensureRunning(Environments.testServers(), PROGRESS).endpoints();
        System.out.println("Test servers ready (state " + state + "): PostgreSQL " + servers.postgresHost() + ":"
                + servers.postgresPort() + ", Kafka " + servers.kafkaBootstrapServers() + ", Keycloak "
                + servers.keycloakUrl());
        return 0;
    }

    private static int testServersDown() {
        Path state = Environments.testSharedState();
        ServerSet.stopRunning(state, PROGRESS);
        System.out.println("Test servers stopped.");
        return 0;
    }

    private static int help(int exitCode) {
        (exitCode == 0 ? System.out : System.err).println(String.join("\n",
                "usage: deploy/local/helix COMMAND",
                "  up [--servers-only]  start PostgreSQL, Kafka, Keycloak, the five services and the gateway;",
                "                       seed the demo data; print URLs, logins and start-up figures",
                "  down                 stop the apps (gateway first), then the servers; data is kept",
                "  reset                down, then delete " + Environments.localState(),
                "  status               what runs: pid, port, ready, RSS",
                "  test-servers-up      fresh shared test servers in " + Environments.testSharedState(),
                "  test-servers-down    stop them",
                "  test [MAVEN ARGS]    test-servers-up, ./mvnw -B verify, test-servers-down",
                "  build                ./mvnw -B -q -DskipTests install",
                "  --build              (with any command) rebuild first; without it, only what is missing is built"));
        return exitCode;
    }

    /** Deletes a state folder, refusing anything outside {@code .helix}. */
    private static void deleteStateFolder(Path folder) {
        Path root = HelixHome.root().toAbsolutePath().normalize();
        Path target = folder.toAbsolutePath().normalize();
        if (!target.startsWith(root) || target.equals(root) || target.equals(HelixHome.dist())) {
            throw new IllegalArgumentException("Refusing to delete " + target + " (not a state folder under " + root
                    + ")");
        }
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(target)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + target, e);
        }
    }
}
