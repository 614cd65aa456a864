package org.helix.platform.messaging.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not ready while a consumer is held up by a transient failure (its database away, say): the event waits, the
 * channel applies nothing after it, and an orchestrator should neither route to this replica nor count it healthy.
 * It is not a liveness failure: restarting would not bring the database back.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    public static final String NAME = "helix-event-consumers";

    /** One held-up event per topic. */
    public record Stall(String eventId, String type, Instant since, int attempts, String lastFailure) {
    }

    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

    public void stalled(String topic, Stall stall) {
        stalls.put(topic, stall);
    }

    public void recovered(String topic) {
        stalls.remove(topic);
    }

    public Optional<Stall> stallOf(String topic) {
        return Optional.ofNullable(stalls.get(topic));
    }

    public boolean isStalled() {
        return !stalls.isEmpty();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(stalls.isEmpty());
        stalls.forEach((topic, stall) -> response.withData(topic, "event " + stall.eventId() + " (" + stall.type()
                + ") waiting since " + stall.since() + " after " + stall.attempts() + " attempts: "
                + stall.lastFailure()));
        return response.build();
    }
}
