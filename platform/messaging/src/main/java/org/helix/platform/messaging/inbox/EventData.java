package org.helix.platform.messaging.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/**
 * Reads fields of an event's JSON data for a consumer's own view of the producer's contract. A field the consumer
 * cannot do without that is missing or malformed makes the event poison (it goes to the dead-letter topic).
 */
public final class EventData {

    private final IncomingEvent event;

    private EventData(IncomingEvent event) {
        this.event = event;
    }

    public static EventData of(IncomingEvent event) {
        return new EventData(event);
    }

    public String requiredText(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw poison(field + " is missing");
        }
        return value;
    }

    public String optionalText(String field) {
        JsonNode value = event.data().get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public UUID requiredUuid(String field) {
        String value = requiredText(field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw poison(field + " is not a UUID: " + value);
        }
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        String value = requiredText(field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw poison(field + " is not a known " + type.getSimpleName() + ": " + value);
        }
    }

    public long requiredNonNegativeLong(String field) {
        JsonNode value = event.data().get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw poison(field + " is missing or not a non-negative integer");
        }
        return value.asLong();
    }

    public PoisonEventException poison(String reason) {
        return new PoisonEventException("event " + event.id() + " (" + event.type() + "): " + reason);
    }
}
