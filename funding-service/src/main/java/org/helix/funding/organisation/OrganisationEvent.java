package org.helix.funding.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.inbox.PoisonEventException;

import java.util.UUID;

/**
 * This service's view of the data of {@code helix.governance.OrganisationRegistered} and
 * {@code helix.governance.OrganisationUpdated} (the producer documents the schema next to governance-service).
 * Only what the replica needs is read; unknown fields are ignored so governance can add some.
 */
record OrganisationEvent(UUID organisationId, String name, OrganisationType type, String region,
        String contactEmail, String website, long version) {

    static final String REGISTERED = "helix.governance.OrganisationRegistered";
    static final String UPDATED = "helix.governance.OrganisationUpdated";

    /** Reads the event's data, refusing (to the dead-letter topic) data the replica cannot be kept from. */
    static OrganisationEvent of(IncomingEvent event) {
        JsonNode data = event.data();
        return new OrganisationEvent(organisationId(event, data), requiredText(event, data, "name"),
                type(event, data), optionalText(data, "region"), optionalText(data, "contactEmail"),
                optionalText(data, "website"), version(event, data));
    }

    private static UUID organisationId(IncomingEvent event, JsonNode data) {
        String id = requiredText(event, data, "organisationId");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw poison(event, "organisationId is not a UUID: " + id);
        }
    }

    private static OrganisationType type(IncomingEvent event, JsonNode data) {
        String type = requiredText(event, data, "type");
        try {
            return OrganisationType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw poison(event, "type is not a known organisation type: " + type);
        }
    }

    /** Without a version the replica could not tell an old event from a new one. */
    private static long version(IncomingEvent event, JsonNode data) {
        JsonNode version = data.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToLong() || version.asLong() < 0) {
            throw poison(event, "version is missing or not a non-negative integer");
        }
        return version.asLong();
    }

    private static String requiredText(IncomingEvent event, JsonNode data, String field) {
        String value = optionalText(data, field);
        if (value == null || value.isBlank()) {
            throw poison(event, field + " is missing");
        }
        return value;
    }

    private static String optionalText(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static PoisonEventException poison(IncomingEvent event, String reason) {
        return new PoisonEventException("event " + event.id() + " (" + event.type() + "): " + reason);
    }
}
