package org.helix.local;

import org.helix.platform.infra.ManagedProcess;
import org.helix.platform.infra.Pids;
import org.helix.platform.infra.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Consumer;

/**
 * The five Helix services and the gateway, started from their packaged jars against given servers: databases
 * prepared, services started together, then the gateway, each awaited on {@code /q/health/ready}. Apps already
 * answering on their port are reused, so starting twice duplicates nothing. Used by the local run (detached) and by
 * the system tests (attached, free ports, prefixed databases). It never prints or exits: it reports through the
 * progress callback and fails with exceptions that name the app and its log.
 */
public final class Suite {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final SuiteOptions options;
    private final List<RunningApp> apps;
    private final List<ManagedProcess> launched;

    private Suite(SuiteOptions options, List<RunningApp> apps, List<ManagedProcess> launched) {
        this.options = options;
        this.apps = List.copyOf(apps);
        this.launched = launched;
    }

    public static Suite start(SuiteOptions options, Consumer<String> progress) {
        List<RunningApp> reused = new ArrayList<>();
        List<App> toLaunch = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (App app : App.values()) {
            plan(app, options, progress, problems).ifPresentOrElse(reused::add, () -> toLaunch.add(app));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Cannot start the Helix apps:\n  - " + String.join("\n  - ", problems));
        }
        prepareDatabases(options, progress);

        List<ManagedProcess> launched = Collections.synchronizedList(new ArrayList<>());
        List<RunningApp> running = new ArrayList<>(reused);
        try {
            running.addAll(launchAndAwait(toLaunch.stream().filter(App::isService).toList(), options, progress,
                    launched));
            running.addAll(launchAndAwait(toLaunch.stream().filter(app -> !app.isService()).toList(), options,
                    progress, launched));
        } catch (RuntimeException e) {
            if (!options.detached()) {
                stopLaunched(launched, options.stateDirectory(), progress);
            }
            throw e;
        }
        running.sort((a, b) -> a.app().compareTo(b.app()));
        return new Suite(options, running, launched);
    }

    public SuiteOptions options() {
        return options;
    }

    /** All six apps, in {@link App} order. */
    public List<RunningApp> apps() {
        return apps;
    }

    public RunningApp app(App app) {
        return apps.stream().filter(running -> running.app() == app).findFirst().orElseThrow();
    }

    public String url(App app) {
        return app(app).url();
    }

    /** Where each service (not the gateway) is served. */
    public Map<App, String> serviceUrls() {
        Map<App, String> urls = new EnumMap<>(App.class);
        App.services().forEach(service -> urls.put(service, url(service)));
        return urls;
    }

    public String gatewayUrl() {
        return url(App.GATEWAY);
    }

    /** Stops the apps this suite launched (gateway first); reused ones are left alone. */
    public void stop(Consumer<String> progress) {
        stopLaunched(launched, options.stateDirectory(), progress);
    }

    public void stop() {
        stop(message -> { });
    }

    /** Stops the apps of a state folder through their pid files: the gateway first, then the services together. */
    public static void stopRunning(Path stateDirectory, Consumer<String> progress) {
        Pids.stop(stateDirectory, App.GATEWAY.module(), progress);
        inParallel(App.services(), service -> {
            Pids.stop(stateDirectory, service.module(), progress);
            return null;
        });
    }

    /** What runs of each app of a state folder. */
    public static List<AppStatus> status(Path stateDirectory, PortPlan ports) {
        List<AppStatus> statuses = new ArrayList<>();
        for (App app : App.values()) {
            Optional<ManagedProcess> process = Pids.find(stateDirectory, app.module());
            statuses.add(new AppStatus(app, ports.port(app),
                    process.map(p -> OptionalLong.of(p.pid())).orElse(OptionalLong.empty()),
                    AppHealth.isReady(ports.port(app))));
        }
        return statuses;
    }

    public record AppStatus(App app, int port, OptionalLong pid, boolean ready) {
    }

    /** Reuses an app that is ready already; otherwise clears the way for launching it, noting what blocks that. */
    private static Optional<RunningApp> plan(App app, SuiteOptions options, Consumer<String> progress,
            List<String> problems) {
        Path state = options.stateDirectory();
        int port = options.ports().port(app);
        Optional<ManagedProcess> known = Pids.find(state, app.module());
        if (AppHealth.isReady(port)) {
            progress.accept(app.module() + " already ready on port " + port
                    + known.map(p -> " (pid " + p.pid() + ")").orElse(" (not started by Helix here)") + ": reusing it");
            return Optional.of(new RunningApp(app, port,
                    known.map(p -> OptionalLong.of(p.pid())).orElse(OptionalLong.empty()),
                    StartupTimes.of(state, app.module()), false, options.logFile(app)));
        }
        if (known.isPresent()) {
            progress.accept(app.module() + " (pid " + known.get().pid() + ") is not ready: restarting it");
            Pids.stop(state, app.module(), progress);
        }
        if (Ports.isOpen(port)) {
            problems.add("port " + port + " for " + app.module() + " is taken by another program");
        }
        Path jar = AppLaunch.jar(options.repository(), app);
        if (!Files.isRegularFile(jar)) {
            problems.add(app.module() + " is not built: " + jar + " is missing (build: ./mvnw -DskipTests install)");
        }
        return Optional.empty();
    }

    private static void prepareDatabases(SuiteOptions options, Consumer<String> progress) {
        for (App service : App.services()) {
            String database = options.databaseName(service);
            options.servers().ensureDatabase(database, database, database);
        }
        progress.accept("databases ready: " + String.join(", ",
                App.services().stream().map(options::databaseName).toList()));
    }

    /** Launches the apps together and waits for all of them; fails naming every app that did not become ready. */
    private static List<RunningApp> launchAndAwait(List<App> apps, SuiteOptions options, Consumer<String> progress,
            List<ManagedProcess> launched) {
        if (apps.isEmpty()) {
            return List.of();
        }
        List<Launch> launches = new ArrayList<>();
        for (App app : apps) {
            Launch launch = launch(app, options, progress);
            launched.add(launch.process());
            launches.add(launch);
        }
        List<Outcome> outcomes = inParallel(launches, launch -> awaitReady(launch, options, progress));
        List<String> failures = outcomes.stream().filter(o -> o.failure() != null).map(Outcome::failure).toList();
        if (!failures.isEmpty()) {
            for (Outcome outcome : outcomes) {
                if (outcome.failure() != null) {
                    Pids.stop(options.stateDirectory(), outcome.launch().app().module(), progress);
                }
            }
            throw new IllegalStateException("Helix apps did not become ready:\n  - " + String.join("\n  - ", failures));
        }
        return outcomes.stream().map(Outcome::running).toList();
    }

    private record Launch(App app, ManagedProcess process, Instant launchedAt) {
    }

    private record Outcome(Launch launch, RunningApp running, String failure) {
    }

    private static Launch launch(App app, SuiteOptions options, Consumer<String> progress) {
        Path log = options.logFile(app);
        Path jar = AppLaunch.jar(options.repository(), app);
        List<String> command = AppLaunch.command(app, jar);
        Map<String, String> environment = AppLaunch.environment(app, options);
        writeLogHeader(log, app, command);
        progress.accept("starting " + app.module() + " on port " + options.ports().port(app) + " (log " + log + ")");
        Instant launchedAt = Instant.now();
        ManagedProcess process = ManagedProcess.start(app.module(), command, environment, options.stateDirectory(),
                log, options.detached());
        Pids.write(options.stateDirectory(), process);
        return new Launch(app, process, launchedAt);
    }

    private static Outcome awaitReady(Launch launch, SuiteOptions options, Consumer<String> progress) {
        App app = launch.app();
        int port = options.ports().port(app);
        try {
            launch.process().awaitReady(options.readinessTimeout(), () -> AppHealth.isReady(port),
                    "ready at " + AppHealth.readinessUrl(port));
        } catch (IllegalStateException e) {
            return new Outcome(launch, null, e.getMessage());
        }
        Duration startup = Duration.between(launch.launchedAt(), Instant.now());
        StartupTimes.record(options.stateDirectory(), app.module(), startup);
        progress.accept(app.module() + " ready in " + Figures.seconds(startup));
        return new Outcome(launch, new RunningApp(app, port, OptionalLong.of(launch.process().pid()),
                Optional.of(startup), true, options.logFile(app)), null);
    }

    private static void stopLaunched(List<ManagedProcess> launched, Path state, Consumer<String> progress) {
        List<ManagedProcess> gatewayFirst = new ArrayList<>(launched);
        Collections.reverse(gatewayFirst);
        for (ManagedProcess process : gatewayFirst) {
            if (process.isAlive()) {
                progress.accept("stopping " + process.name() + " (pid " + process.pid() + ")");
                process.stop(STOP_GRACE);
            }
            deletePidFileIfOurs(state, process);
        }
        launched.clear();
    }

    private static void deletePidFileIfOurs(Path state, ManagedProcess process) {
        Path file = state.resolve("pids").resolve(process.name() + ".pid");
        try {
            if (Files.exists(file) && Files.readString(file).trim().equals(String.valueOf(process.pid()))) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLogHeader(Path log, App app, List<String> command) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, System.lineSeparator() + "---- helix: starting " + app.module() + " at "
                            + Instant.now() + ": " + String.join(" ", command) + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the task for every item on its own thread and returns the results in order. */
    static <T, R> List<R> inParallel(List<T> items, Function<T, R> task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, items.size()), runnable -> {
            Thread thread = new Thread(runnable, "helix-suite");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> task.apply(item))).toList();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
