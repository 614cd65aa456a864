package org.helix.talent.organisation;

import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

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

    /** Reads the event's data; without a version the replica could not tell an old event from a new one. */
    static OrganisationEvent of(IncomingEvent event) {
        EventData data = EventData.of(event);
        return new OrganisationEvent(data.requiredUuid("organisationId"), data.requiredText("name"),
                data.requiredEnum("type", OrganisationType.class), data.optionalText("region"),
                data.optionalText("contactEmail"), data.optionalText("website"),
                data.requiredNonNegativeLong("version"));
    }
}
