package org.helix.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * How long each process of a state folder took to start, kept in {@code <state>/startup-times.properties} so that a
 * later run that reuses the process can still report it.
 */
public final class StartupTimes {

    private static final String FILE = "startup-times.properties";

    private StartupTimes() {
    }

    public static synchronized void record(Path state, String process, Duration duration) {
        Properties times = load(state);
        times.setProperty(process, String.valueOf(duration.toMillis()));
        try {
            Files.createDirectories(state);
            try (Writer out = Files.newBufferedWriter(state.resolve(FILE))) {
                times.store(out, "start-up time of each process, milliseconds");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized Optional<Duration> of(Path state, String process) {
        return Optional.ofNullable(load(state).getProperty(process)).map(Long::parseLong).map(Duration::ofMillis);
    }

    private static Properties load(Path state) {
        Properties times = new Properties();
        Path file = state.resolve(FILE);
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                times.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return times;
    }
}
