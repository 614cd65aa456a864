package org.helix.curriculum.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helix.platform.testing.CloudEventTopic;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Plays governance in tests: its organisation events, as this service reads governance's contract. */
final class GovernanceTopic {

    static final String TOPIC = "helix.governance.v1";
    static final String REGISTERED = "helix.governance.OrganisationRegistered";
    static final String UPDATED = "helix.governance.OrganisationUpdated";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CloudEventTopic GOVERNANCE = new CloudEventTopic(TOPIC, "/helix/governance");

    /** The data of an organisation event. */
    static ObjectNode organisation(UUID id, String name, String type, long version) {
        ObjectNode data = JSON.createObjectNode();
        data.put("organisationId", id.toString());
        data.put("name", name);
        data.put("type", type);
        data.putNull("region");
        data.put("contactEmail", "office@" + id + ".example.org");
        data.putNull("website");
        data.put("version", version);
        return data;
    }

    /** Sends an event with a fresh id about the organisation in {@code data}; returns the event id. */
    String send(String type, ObjectNode data) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, type, data.get("organisationId").asText(), data.toString().getBytes(StandardCharsets.UTF_8));
        return eventId;
    }

    void send(String eventId, String type, String organisationId, byte[] value) {
        GOVERNANCE.send(eventId, type, "Organisation/" + organisationId, organisationId, value);
    }

    void sendRaw(String key, byte[] value) {
        GOVERNANCE.sendRaw(key, value);
    }

    static UUID organisationInSamePartitionAs(UUID id) {
        return UUID.fromString(GOVERNANCE.keyInSamePartitionAs(id.toString()));
    }
}
