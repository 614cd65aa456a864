package org.helix.platform.messaging.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    public UUID optionalUuid(String field) {
        return optionalText(field) == null ? null : requiredUuid(field);
    }

    public LocalDate requiredDate(String field) {
        String value = requiredText(field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw poison(field + " is not an ISO date: " + value);
        }
    }

    public LocalDate optionalDate(String field) {
        return optionalText(field) == null ? null : requiredDate(field);
    }

    public Instant requiredInstant(String field) {
        String value = requiredText(field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw poison(field + " is not an ISO instant: " + value);
        }
    }

    public Instant optionalInstant(String field) {
        return optionalText(field) == null ? null : requiredInstant(field);
    }

    /** A decimal sent as a JSON number or string (money travels as either, EVENTS.md); at most 15 digits. */
    public BigDecimal requiredDecimal(String field) {
        String value = requiredText(field);
        try {
            BigDecimal decimal = new BigDecimal(value);
            if (decimal.precision() - decimal.scale() > 15) {
                throw poison(field + " is too large: " + value);
            }
            return decimal;
        } catch (NumberFormatException e) {
            throw poison(field + " is not a decimal number: " + value);
        }
    }

    public BigDecimal optionalDecimal(String field) {
        return optionalText(field) == null ? null : requiredDecimal(field);
    }

    public int requiredInt(String field) {
        JsonNode value = event.data().get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw poison(field + " is missing or not an integer");
        }
        return value.asInt();
    }

    public boolean optionalBoolean(String field, boolean otherwise) {
        JsonNode value = event.data().get(field);
        return value == null || !value.isBoolean() ? otherwise : value.asBoolean();
    }

    public JsonNode requiredArray(String field) {
        JsonNode value = event.data().get(field);
        if (value == null || !value.isArray()) {
            throw poison(field + " is missing or not an array");
        }
        return value;
    }

    /** Reads an object nested in the data (an element of an array) with the same rules; poison names this event. */
    public EventData element(JsonNode object) {
        if (object == null || !object.isObject()) {
            throw poison("an element is not a JSON object: " + object);
        }
        return new EventData(new IncomingEvent(event.id(), event.type(), event.source(), event.subject(), event.time(),
                event.key(), object, event.topic()));
    }

    public PoisonEventException poison(String reason) {
        return new PoisonEventException("event " + event.id() + " (" + event.type() + "): " + reason);
    }
}
