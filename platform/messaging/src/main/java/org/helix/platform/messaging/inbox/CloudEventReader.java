package org.helix.platform.messaging.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.helix.platform.messaging.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a binary-mode CloudEvent from a Kafka record, refusing anything that is not one. */
@ApplicationScoped
public class CloudEventReader {

    @Inject
    ObjectMapper json;

    /** The record's event type, once it is known to be a CloudEvent (an id and a type); poison otherwise. */
    public String type(ConsumerRecord<?, ?> record) {
        required(record, CloudEventHeaders.ID);
        return required(record, CloudEventHeaders.TYPE);
    }

    public IncomingEvent read(ConsumerRecord<?, ?> record) {
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        String source = header(record, CloudEventHeaders.SOURCE);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        Instant time = parseTime(header(record, CloudEventHeaders.TIME));
        Object value = record.value();
        if (value == null) {
            throw new PoisonEventException("event " + id + " has no data (or its value could not be deserialized)");
        }
        try {
            JsonNode data = json.readTree(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : value.toString());
            if (data == null || !data.isObject()) {
                throw new PoisonEventException("event " + id + " data is not a JSON object");
            }
            return new IncomingEvent(id, type, source, subject, time,
                    record.key() == null ? null : record.key().toString(), data, record.topic(),
                    header(record, CloudEventHeaders.CORRELATION_ID), traceContext(record));
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("event " + id + " data is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, String> traceContext(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of(CloudEventHeaders.TRACEPARENT, CloudEventHeaders.TRACESTATE)) {
            String value = header(record, name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static String required(ConsumerRecord<?, ?> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent: header " + name + " missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant parseTime(String time) {
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 time: " + time);
        }
    }
}
