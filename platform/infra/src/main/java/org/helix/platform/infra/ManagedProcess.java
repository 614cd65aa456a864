package org.helix.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * An operating-system process started by Helix (a broker, Keycloak, a service), with its own log file.
 * A detached process survives the JVM that started it (the local run); an attached one is stopped with it (tests).
 */
public final class ManagedProcess {

    private final String name;
    private final ProcessHandle handle;
    private final Path logFile;

    private ManagedProcess(String name, ProcessHandle handle, Path logFile) {
        this.name = name;
        this.handle = handle;
        this.logFile = logFile;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path logFile, boolean detached) {
        List<String> fullCommand = new ArrayList<>();
        if (detached && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            fullCommand.add("/usr/bin/setsid");
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(fullCommand)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            ManagedProcess managed = new ManagedProcess(name, process.toHandle(), logFile);
            if (!detached) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> managed.stop(Duration.ofSeconds(20)),
                        "stop-" + name));
            }
            return managed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    /** A process started earlier (by another JVM), found through its pid. */
    public static Optional<ManagedProcess> attach(String name, long pid, Path logFile) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> new ManagedProcess(name, h, logFile));
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    public Optional<Instant> startedAt() {
        return handle.info().startInstant();
    }

    /** Waits until {@code ready} holds; fails early, pointing at the log, if the process dies first. */
    public ManagedProcess awaitReady(Duration timeout, BooleanSupplier ready, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (ready.getAsBoolean()) {
                return this;
            }
            if (!handle.isAlive()) {
                throw new IllegalStateException(name + " exited before " + what + "; see " + logFile);
            }
            pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException(name + " not " + what + " after " + timeout + "; see " + logFile);
    }

    /** Asks the process and everything it forked to end; kills what is still there after the grace period. */
    public void stop(Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(handle.descendants().toList());
        all.add(0, handle);
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        while (Instant.now().isBefore(deadline) && all.stream().anyMatch(ProcessHandle::isAlive)) {
            pause(Duration.ofMillis(100));
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        all.forEach(p -> p.onExit().join());
    }

    /** Whether the log file contains the given text (servers announce readiness there). */
    public boolean logContains(String text) {
        try {
            return Files.exists(logFile) && Files.readString(logFile).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    static void pause(Duration duration) {
        java.util.concurrent.locks.LockSupport.parkNanos(duration.toNanos());
        if (Thread.interrupted()) {
            throw new IllegalStateException("interrupted");
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
