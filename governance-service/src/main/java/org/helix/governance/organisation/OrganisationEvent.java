package org.helix.governance.organisation;

import java.util.UUID;

/**
 * Data of {@code helix.governance.OrganisationRegistered} and {@code helix.governance.OrganisationUpdated}
 * (schemas: {@code governance-service/events/OrganisationRegistered.schema.json}, {@code OrganisationUpdated.schema.json}).
 */
public record OrganisationEvent(UUID organisationId, String name, OrganisationType type, String region,
        String contactEmail, String website, long version) {

    public static final String REGISTERED = "OrganisationRegistered";
    public static final String UPDATED = "OrganisationUpdated";

    static OrganisationEvent of(Organisation organisation) {
        return new OrganisationEvent(organisation.id, organisation.name, organisation.type, organisation.region,
                organisation.contactEmail, organisation.website, organisation.version);
    }
}
