package org.helix.platform.messaging.sample;

import org.helix.platform.testing.CloudEventTopic;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Plays the sample producer in tests: CloudEvents on {@code helix.sample.v1}. */
final class SampleTopic {

    static final String TOPIC = "helix.sample.v1";
    static final String DEAD_LETTERS = "helix.sample.dlq";

    private final CloudEventTopic topic = new CloudEventTopic(TOPIC, "/helix/sample");

    String venue(UUID venueId, String name, long version) {
        return send(VenueReplica.REGISTERED, venueId,
                "{\"venueId\":\"" + venueId + "\",\"name\":\"" + name + "\",\"version\":" + version + "}");
    }

    String score(UUID venueId, int points) {
        return send(ScoreBook.RECORDED, venueId, "{\"venueId\":\"" + venueId + "\",\"points\":" + points + "}");
    }

    /** Sends data as a new event; returns its id. */
    String send(String type, UUID venueId, String data) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, type, venueId, data);
        return eventId;
    }

    void send(String eventId, String type, UUID venueId, String data) {
        topic.send(eventId, type, "Venue/" + venueId, venueId.toString(), data.getBytes(StandardCharsets.UTF_8));
    }

    void sendRaw(UUID key, byte[] value) {
        topic.sendRaw(key.toString(), value);
    }

    /** A venue whose events share a partition with {@code venueId}'s: once it shows, the earlier ones were consumed. */
    UUID sentinelFor(UUID venueId) {
        return UUID.fromString(topic.keyInSamePartitionAs(venueId.toString()));
    }
}
