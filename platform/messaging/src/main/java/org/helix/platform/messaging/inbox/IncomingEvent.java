package org.helix.platform.messaging.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/**
 * A CloudEvent read from Kafka: its attributes, its JSON data, the topic it came from, and the chain it belongs to:
 * its correlation id (empty for an event from before correlation ids) and its W3C trace context headers.
 */
public record IncomingEvent(String id, String type, String source, String subject, Instant time, String key,
        JsonNode data, String topic, String correlationId, Map<String, String> traceContext) {

    public IncomingEvent {
        traceContext = traceContext == null ? Map.of() : Map.copyOf(traceContext);
    }

    /** An event outside any chain (a test's fixture, say). */
    public IncomingEvent(String id, String type, String source, String subject, Instant time, String key,
            JsonNode data, String topic) {
        this(id, type, source, subject, time, key, data, topic, null, Map.of());
    }

    /** The type without its producer prefix: {@code helix.governance.OrganisationRegistered} → {@code OrganisationRegistered}. */
    public String shortType() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** The chain this event belongs to: its correlation id, or its own id when it carries none (it starts one). */
    public String chain() {
        return correlationId == null || correlationId.isBlank() ? id : correlationId;
    }
}
