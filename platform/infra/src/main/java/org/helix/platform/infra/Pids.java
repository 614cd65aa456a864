package org.helix.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** Pid files of detached processes: {@code <state>/pids/<name>.pid}. */
public final class Pids {

    private Pids() {
    }

    public static void write(Path state, ManagedProcess process) {
        try {
            Path pids = Files.createDirectories(state.resolve("pids"));
            Files.writeString(pids.resolve(process.name() + ".pid"), String.valueOf(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<ManagedProcess> find(Path state, String name) {
        Path file = state.resolve("pids").resolve(name + ".pid");
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(file).trim());
            return ManagedProcess.attach(name, pid, state.resolve("logs").resolve(name + ".log"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void stop(Path state, String name, Consumer<String> progress) {
        find(state, name).ifPresent(process -> {
            progress.accept("stopping " + name + " (pid " + process.pid() + ")");
            process.stop(Duration.ofSeconds(30));
        });
        try {
            Files.deleteIfExists(state.resolve("pids").resolve(name + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
