package org.helix.platform.messaging.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The consumers held up by a transient failure right now: one waiting event per topic. */
@ApplicationScoped
public class ConsumerStalls {

    /** An event waiting for a transient failure to pass. */
    public record Stall(String eventId, String type, Instant since, int attempts, String lastFailure) {
    }

    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

    public void stalled(String topic, Stall stall) {
        stalls.put(topic, stall);
    }

    public void recovered(String topic) {
        stalls.remove(topic);
    }

    public Optional<Stall> of(String topic) {
        return Optional.ofNullable(stalls.get(topic));
    }

    public Map<String, Stall> all() {
        return Map.copyOf(stalls);
    }
}
