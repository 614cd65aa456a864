package org.helix.platform.messaging.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;

/**
 * Not ready while a consumer is held up by a transient failure (its database away, say): the event waits, the
 * channel applies nothing after it, and an orchestrator should not count this replica healthy. It is not a liveness
 * failure: restarting would not bring the database back.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    public static final String NAME = "helix-event-consumers";

    @Inject
    ConsumerStalls stalls;

    @Override
    public HealthCheckResponse call() {
        Map<String, ConsumerStalls.Stall> now = stalls.all();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(now.isEmpty());
        now.forEach((topic, stall) -> response.withData(topic, "event " + stall.eventId() + " (" + stall.type()
                + ") waiting since " + stall.since() + " after " + stall.attempts() + " attempts: "
                + stall.lastFailure()));
        return response.build();
    }
}
