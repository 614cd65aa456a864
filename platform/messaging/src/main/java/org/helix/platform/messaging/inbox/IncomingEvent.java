package org.helix.platform.messaging.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** A CloudEvent read from Kafka: its attributes, its JSON data, and the topic it came from. */
public record IncomingEvent(String id, String type, String source, String subject, Instant time, String key,
        JsonNode data, String topic) {

    /** The type without its producer prefix: {@code helix.governance.OrganisationRegistered} → {@code OrganisationRegistered}. */
    public String shortType() {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
