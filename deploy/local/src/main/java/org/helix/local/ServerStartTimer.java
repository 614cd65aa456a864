package org.helix.local;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Times each server of a {@code ServerSet.start} from its progress messages: a server's start-up runs from its
 * "starting ..." message to the next one (the last to {@link #finish()}), so it includes its readiness wait.
 */
final class ServerStartTimer implements Consumer<String> {

    private final Consumer<String> progress;
    private final Map<String, Duration> durations = new LinkedHashMap<>();
    private String current;
    private Instant since;

    ServerStartTimer(Consumer<String> progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void accept(String message) {
        progress.accept(message);
        String server = serverStartedBy(message);
        if (server != null) {
            finishCurrent();
            current = server;
            since = Instant.now();
        }
    }

    synchronized Map<String, Duration> finish() {
        finishCurrent();
        return Map.copyOf(durations);
    }

    private void finishCurrent() {
        if (current != null) {
            durations.put(current, Duration.between(since, Instant.now()));
            current = null;
        }
    }

    private static String serverStartedBy(String message) {
        if (message.startsWith("starting PostgreSQL")) {
            return LocalServers.POSTGRES;
        }
        if (message.startsWith("starting Kafka")) {
            return LocalServers.KAFKA;
        }
        if (message.startsWith("starting Keycloak")) {
            return LocalServers.KEYCLOAK;
        }
        return null;
    }
}
