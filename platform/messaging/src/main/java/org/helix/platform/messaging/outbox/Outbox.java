package org.helix.platform.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.helix.platform.web.observability.Correlation;
import org.helix.platform.web.observability.TraceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where domain code records an event: in the caller's transaction, next to the state change it describes.
 * The event leaves for Kafka only if that transaction commits ({@link OutboxRelay}).
 */
@ApplicationScoped
public class Outbox {

    /** Fired when a transaction that wrote to the outbox commits, so the relay publishes at once. */
    public record Written() {
    }

    @Inject
    ObjectMapper json;

    @Inject
    Event<Written> written;

    @Inject
    Clock clock;

    /**
     * Records {@code data} as event {@code eventType} (short name, e.g. {@code OrganisationRegistered}) about the
     * aggregate; its Kafka key is the aggregate id, so events about one aggregate stay in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String aggregateType, Object aggregateId, String eventType, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.eventType = eventType;
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId.toString();
        event.payload = serialize(data);
        event.traceHeaders = currentTraceHeaders();
        // work no request or event started (a scheduled job) starts a chain of its own with this event
        event.correlationId = Correlation.current().orElse(event.eventId.toString());
        event.occurredAt = Instant.now(clock);
        event.persist();
        written.fire(new Written());
        return event.eventId;
    }

    private String serialize(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON", e);
        }
    }

    private static String currentTraceHeaders() {
        Map<String, String> headers = TraceContext.current();
        if (headers.isEmpty()) {
            return null;
        }
        return headers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
